import { Field, Int, ObjectType } from '@nestjs/graphql';

/*
 * Sections the proposal, ballot and problem-tree features fill in. Until a
 * consultation has them they are null in every report; each feature adds its
 * figures here and in ReportRepository, and the page, PDF and CSV show a
 * section only when it is not null.
 */

@ObjectType({ description: 'Proposals submitted in the consultation (null until consultations have proposals).' })
export class ReportProposals {
  @Field(() => Int)
  submitted!: number;

  @Field(() => Int)
  supports!: number;
}

@ObjectType({ description: 'The consultation’s ballot (null until consultations have ballots).' })
export class ReportBallot {
  @Field(() => Int)
  voters!: number;

  @Field(() => Int)
  paperBallots!: number;
}

@ObjectType({ description: 'The consultation’s problem tree (null until consultations have problem trees).' })
export class ReportProblemTree {
  @Field(() => Int)
  nodes!: number;

  @Field(() => Int)
  suggestions!: number;
}
