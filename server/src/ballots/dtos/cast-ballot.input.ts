import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray } from 'class-validator';
import { BALLOT_LIMITS, FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';
import { BallotChoiceInput } from './ballot-choice.input.js';

@InputType()
export class CastBallotInput {
  @IdField()
  ballotId!: string;

  @Field(() => [BallotChoiceInput], { description: "Replaces the viewer's previous ballot, if any." })
  @IsArray({ context: { code: FieldErrorCode.INVALID } })
  @ArrayMaxSize(BALLOT_LIMITS.optionsMax, {
    context: { code: FieldErrorCode.TOO_LONG, params: { max: BALLOT_LIMITS.optionsMax } },
  })
  choices!: BallotChoiceInput[];
}
