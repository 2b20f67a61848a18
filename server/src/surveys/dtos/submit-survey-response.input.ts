import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsInt, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { FieldErrorCode, SURVEY_LIMITS } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType()
export class SurveyAnswerInput {
  @IdField()
  questionId!: string;

  @Field(() => Int, { nullable: true, description: 'LIKERT: 1–5.' })
  @IsOptional()
  @IsInt(invalid)
  score?: number | null;

  @Field(() => [Int], { nullable: true, description: 'Choices: option indexes from 0.' })
  @IsOptional()
  @ArrayMaxSize(SURVEY_LIMITS.maxOptions, invalid)
  @IsInt({ each: true, ...invalid })
  choices?: number[] | null;

  @Field(() => String, { nullable: true, description: 'OPEN_TEXT.' })
  @IsOptional()
  @IsString(invalid)
  @MaxLength(SURVEY_LIMITS.openAnswerMax, {
    context: { code: FieldErrorCode.TOO_LONG, params: { max: SURVEY_LIMITS.openAnswerMax } },
  })
  text?: string | null;
}

@InputType()
export class SubmitSurveyResponseInput {
  @IdField()
  surveyId!: string;

  @Field(() => String, { nullable: true, description: 'CODE surveys: the single-use code from the paper sheet.' })
  @IsOptional()
  @IsString(invalid)
  @MaxLength(20, { context: { code: FieldErrorCode.TOO_LONG, params: { max: 20 } } })
  code?: string | null;

  @Field(() => [SurveyAnswerInput])
  @ValidateNested({ each: true })
  @Type(() => SurveyAnswerInput)
  @ArrayMaxSize(SURVEY_LIMITS.maxQuestions, { context: { code: FieldErrorCode.TOO_LONG } })
  answers!: SurveyAnswerInput[];
}
