import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BallotEligibility, BallotMethod, BallotOptionSource, BallotResultsVisibility } from './ballot-enums.js';

@ObjectType({ description: "A consultation's prioritisation ballot, open in its VOTING phase." })
export class Ballot {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  consultationId!: string;

  @Field(() => BallotMethod)
  method!: BallotMethod;

  @Field(() => Int, { nullable: true, description: 'APPROVAL: choose up to k; RANKED: rank up to k (null: all).' })
  maxChoices!: number | null;

  @Field(() => Int, { nullable: true, description: 'POINTS: the points each voter distributes.' })
  pointsTotal!: number | null;

  @Field(() => Int, { nullable: true, description: 'POINTS: at most this many on one option (null: pointsTotal).' })
  pointsPerOptionMax!: number | null;

  @Field(() => BallotOptionSource)
  optionSource!: BallotOptionSource;

  @Field(() => BallotResultsVisibility)
  resultsVisibility!: BallotResultsVisibility;

  @Field(() => BallotEligibility)
  eligibility!: BallotEligibility;

  /** When the first ballot was cast; null while the configuration may change. */
  frozenAt!: Date | null;
  /** Resolved through loaders; raw keys stay off the schema. */
  municipalityId!: string;
  consultationStatus!: 'DRAFT' | 'PUBLISHED';
}
