import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';
import {
  BallotEligibility,
  BallotMethod,
  BallotOptionSource,
  BallotResultsVisibility,
} from '../models/ballot-enums.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

/** The whole configuration (creates the ballot or replaces its configuration); limits are checked by validateBallotConfig. */
@InputType()
export class ConfigureBallotInput {
  @IdField()
  consultationId!: string;

  @Field(() => BallotMethod)
  @IsEnum(BallotMethod, invalid)
  method!: BallotMethod;

  @Field(() => Int, { nullable: true, description: 'APPROVAL and RANKED: at most this many options (null: all).' })
  @IsOptional()
  @IsInt(invalid)
  maxChoices?: number | null;

  @Field(() => Int, { nullable: true, description: 'POINTS: the points each voter distributes (required).' })
  @IsOptional()
  @IsInt(invalid)
  pointsTotal?: number | null;

  @Field(() => Int, { nullable: true, description: 'POINTS: at most this many on one option (null: pointsTotal).' })
  @IsOptional()
  @IsInt(invalid)
  pointsPerOptionMax?: number | null;

  @Field(() => BallotOptionSource, { defaultValue: BallotOptionSource.SERVICE_AREAS })
  @IsEnum(BallotOptionSource, invalid)
  optionSource: BallotOptionSource = BallotOptionSource.SERVICE_AREAS;

  @Field(() => BallotResultsVisibility, { defaultValue: BallotResultsVisibility.AFTER_CLOSE })
  @IsEnum(BallotResultsVisibility, invalid)
  resultsVisibility: BallotResultsVisibility = BallotResultsVisibility.AFTER_CLOSE;

  @Field(() => BallotEligibility, { defaultValue: BallotEligibility.RESIDENTS })
  @IsEnum(BallotEligibility, invalid)
  eligibility: BallotEligibility = BallotEligibility.RESIDENTS;
}
