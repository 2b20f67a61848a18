import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { FieldErrorCode, SURVEY_LIMITS } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@ArgsType()
export class SurveysArgs extends PageArgs {
  @IdField()
  municipalityId!: string;
}

@ArgsType()
export class GenerateSurveyCodesArgs {
  @IdField()
  surveyId!: string;

  @Field(() => Int)
  @IsInt(invalid)
  @Min(1, invalid)
  @Max(SURVEY_LIMITS.maxCodesPerBatch, invalid)
  count!: number;
}

@ArgsType()
export class PublishSurveyAsIndicatorArgs {
  @IdField()
  surveyId!: string;

  @Field(() => Int)
  @IsInt(invalid)
  @Min(2000, invalid)
  @Max(2200, invalid)
  year!: number;
}

@ArgsType()
export class HideSurveyAnswerArgs {
  @IdField()
  responseId!: string;

  @IdField()
  questionId!: string;

  @Field()
  @IsBoolean(invalid)
  hidden!: boolean;
}
