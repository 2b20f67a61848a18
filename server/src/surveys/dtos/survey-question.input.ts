import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsBoolean, IsEnum, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { FieldErrorCode, ServiceAreaCode, SURVEY_LIMITS, SurveyQuestionKind } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType()
export class SurveyQuestionInput {
  @Field(() => SurveyQuestionKind)
  @IsEnum(SurveyQuestionKind, invalid)
  kind!: SurveyQuestionKind;

  @Field()
  @TextField(1, SURVEY_LIMITS.questionTextMax)
  text!: string;

  @Field({ defaultValue: true })
  @IsBoolean(invalid)
  required: boolean = true;

  @Field(() => [String], { defaultValue: [], description: 'The choices of SINGLE_CHOICE and MULTIPLE_CHOICE.' })
  @ArrayMaxSize(SURVEY_LIMITS.maxOptions, { context: { code: FieldErrorCode.TOO_LONG } })
  @IsString({ each: true, ...invalid })
  @MaxLength(SURVEY_LIMITS.optionTextMax, {
    each: true,
    context: { code: FieldErrorCode.TOO_LONG, params: { max: SURVEY_LIMITS.optionTextMax } },
  })
  options: string[] = [];

  @Field(() => ServiceAreaCode, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceAreaCode, invalid)
  serviceArea?: ServiceAreaCode | null;

  @Field(() => Int, { nullable: true, description: 'Shown only when the question at this (earlier) position …' })
  @IsOptional()
  @IsInt(invalid)
  @Min(1, invalid)
  showIfPosition?: number | null;

  @Field(() => Int, { nullable: true, description: '… got this option index (from 0) or this score (1–5).' })
  @IsOptional()
  @IsInt(invalid)
  @Min(0, invalid)
  showIfAnswer?: number | null;
}
