import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BallotMethod } from '../../ballots/models/ballot-enums.js';

/*
 * Sections the proposal, ballot and problem-tree features fill in. Until a
 * consultation has them they are null in every report; each feature adds its
 * figures here and in ReportRepository, and the page, PDF and CSV show a
 * section only when it is not null.
 */

@ObjectType({ description: 'Proposals submitted in the consultation (null until consultations have proposals).' })
export class ReportProposals {
  @Field(() => Int, { description: 'Every proposal submitted, withdrawn ones included.' })
  submitted!: number;

  @Field(() => Int, { description: 'Supports given to them, as they stand.' })
  supports!: number;

  @Field(() => Int, { description: 'Still SUBMITTED, without a decision.' })
  awaiting!: number;

  @Field(() => Int)
  underReview!: number;

  @Field(() => Int)
  accepted!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int)
  withdrawn!: number;

  @Field(() => Int)
  implemented!: number;
}

@ObjectType({ description: 'One option of the ballot with its result, in ballot order.' })
export class ReportBallotOption {
  @Field()
  label!: string;

  @Field(() => Int, { description: 'Approvals, points or first preferences (by the method) from online ballots.' })
  online!: number;

  @Field(() => Int)
  paper!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => Int, { nullable: true, description: 'RANKED: the Borda score.' })
  bordaScore!: number | null;

  @Field(() => Int, { nullable: true, description: 'RANKED: the place in the Schulze order, from 1.' })
  schulzeRank!: number | null;

  @Field({ description: 'Among the winners (Schulze for RANKED, the highest total otherwise).' })
  winner!: boolean;
}

@ObjectType({ description: 'The consultation’s ballot (null when it has none).' })
export class ReportBallot {
  @Field(() => Int, { description: 'People who voted online.' })
  voters!: number;

  @Field(() => Int)
  paperBallots!: number;

  @Field(() => BallotMethod, { nullable: true })
  method!: BallotMethod | null;

  @Field(() => [ReportBallotOption], { description: 'Empty while the results are still hidden.' })
  options!: ReportBallotOption[];

  @Field({ description: 'The report was generated before the results were published.' })
  resultsHidden!: boolean;
}

@ObjectType({ description: 'The consultation’s problem tree (null until consultations have problem trees).' })
export class ReportProblemTree {
  @Field(() => Int, { description: 'Accepted nodes, the core included.' })
  nodes!: number;

  @Field(() => Int, { description: 'Nodes residents suggested, whatever became of them.' })
  suggestions!: number;

  @Field(() => [String], {
    description: 'The accepted tree as indented lines (core, then causes and effects, two spaces per level).',
  })
  lines!: string[];
}
