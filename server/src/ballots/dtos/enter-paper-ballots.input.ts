import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray } from 'class-validator';
import { BALLOT_LIMITS, FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';
import { BallotChoiceInput } from './ballot-choice.input.js';

const { paperBallotsPerCall } = BALLOT_LIMITS;

@InputType()
export class EnterPaperBallotsInput {
  @IdField()
  ballotId!: string;

  @Field(() => [[BallotChoiceInput]], {
    description: `Up to ${paperBallotsPerCall} paper ballots, each its choices; all are stored or none.`,
  })
  @IsArray({ context: { code: FieldErrorCode.INVALID } })
  @ArrayMinSize(1, { context: { code: FieldErrorCode.REQUIRED } })
  @ArrayMaxSize(paperBallotsPerCall, {
    context: { code: FieldErrorCode.TOO_LONG, params: { max: paperBallotsPerCall } },
  })
  ballots!: BallotChoiceInput[][];

  @IdField({ nullable: true, description: 'The meeting where they were collected, if any.' })
  meetingId?: string | null;
}
