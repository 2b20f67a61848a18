import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { FieldErrorCode, PROPOSAL_ANSWER_LIMITS } from '@ratusz/shared';
import { OptionalTextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { ProposalStatus } from '../models/proposal-enums.js';

@InputType()
export class ReviewProposalInput {
  @IdField()
  id!: string;

  @Field(() => ProposalStatus, { description: 'UNDER_REVIEW, ACCEPTED, REJECTED or IMPLEMENTED.' })
  @IsEnum(ProposalStatus, { context: { code: FieldErrorCode.INVALID } })
  status!: ProposalStatus;

  @Field(() => String, {
    nullable: true,
    description:
      'The official answer (Markdown), shown on the proposal; required to reject. Left out: the answer stays.',
  })
  @IsOptional()
  @OptionalTextField(PROPOSAL_ANSWER_LIMITS)
  answer?: string | null;
}
