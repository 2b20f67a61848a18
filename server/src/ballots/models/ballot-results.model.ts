import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { BallotMethod } from './ballot-enums.js';
import { BallotOption } from './ballot-option.model.js';

@ObjectType({ description: 'One option’s result; online and paper ballots apart and together.' })
export class BallotOptionResult {
  @Field(() => BallotOption)
  option!: BallotOption;

  @Field(() => Int, {
    description: 'Approvals (APPROVAL), points (POINTS) or first preferences (RANKED) from ballots cast online.',
  })
  online!: number;

  @Field(() => Int, { description: 'The same from paper ballots.' })
  paper!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'RANKED: Borda score, n − rank per ballot ranking the option (n options), 0 when unranked.',
  })
  bordaScore!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'RANKED: place in the Schulze order, from 1 (the winners); options tied share a place.',
  })
  schulzeRank!: number | null;
}

@ObjectType({ description: 'The counted ballots, online and paper.' })
export class BallotResults {
  @Field(() => BallotMethod)
  method!: BallotMethod;

  @Field(() => Int, { description: 'Online and paper ballots.' })
  ballots!: number;

  @Field(() => Int)
  onlineBallots!: number;

  @Field(() => Int)
  paperBallots!: number;

  @Field(() => [BallotOptionResult], { description: 'In option order (BallotOption.position).' })
  options!: BallotOptionResult[];

  @Field(() => [[Int]], {
    nullable: true,
    description:
      'RANKED: pairwise[i][j] = ballots preferring options[i] over options[j] (a ranked option is preferred to ' +
      'an unranked one); option order as in `options`.',
  })
  pairwise!: number[][] | null;

  @Field(() => [ID], {
    description:
      'RANKED: the Schulze winners; otherwise the options with the highest total. Several on a tie; empty with no ballots.',
  })
  winnerOptionIds!: string[];
}
