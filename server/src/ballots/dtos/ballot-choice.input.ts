import { Field, ID, InputType, Int } from '@nestjs/graphql';

/**
 * One chosen option. Deliberately not validated field by field here: the
 * ballot's rules (validateBallotChoices in @ratusz/shared) judge the whole
 * set and name the rule broken (an id that is not an option is
 * BALLOT_UNKNOWN_OPTION, whatever it looks like).
 */
@InputType()
export class BallotChoiceInput {
  @Field(() => ID)
  optionId!: string;

  @Field(() => Int, { nullable: true, description: 'POINTS ballots: the points given, from 0.' })
  points?: number | null;

  @Field(() => Int, { nullable: true, description: 'RANKED ballots: 1 for the first preference, then 2, 3…' })
  rank?: number | null;
}
