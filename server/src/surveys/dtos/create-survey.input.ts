import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsDate, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { FieldErrorCode, ServiceAreaCode, SURVEY_LIMITS, SurveyAccess } from '@ratusz/shared';
import { OptionalTextField, TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { SurveyQuestionInput } from './survey-question.input.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType({ isAbstract: true })
export class SurveyContentInput {
  @Field()
  @TextField(3, 200)
  title!: string;

  @Field({ defaultValue: '' })
  @OptionalTextField(2000)
  description: string = '';

  @Field(() => ServiceAreaCode, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceAreaCode, invalid)
  serviceArea?: ServiceAreaCode | null;

  @Field(() => SurveyAccess)
  @IsEnum(SurveyAccess, invalid)
  access!: SurveyAccess;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate(invalid)
  opensAt!: Date;

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate(invalid)
  closesAt!: Date;

  @Field(() => [SurveyQuestionInput])
  @ValidateNested({ each: true })
  @Type(() => SurveyQuestionInput)
  @ArrayMinSize(1, { context: { code: FieldErrorCode.REQUIRED } })
  @ArrayMaxSize(SURVEY_LIMITS.maxQuestions, { context: { code: FieldErrorCode.TOO_LONG } })
  questions!: SurveyQuestionInput[];
}

@InputType()
export class CreateSurveyInput extends SurveyContentInput {
  @IdField()
  municipalityId!: string;
}

@InputType({ description: 'Replaces title, dates and questions of a survey not yet published.' })
export class UpdateSurveyInput extends SurveyContentInput {
  @IdField()
  id!: string;
}
