import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import { FieldErrorCode, PROPOSAL_MAX_DOCUMENTS } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class AttachProposalDocumentsInput {
  @IdField()
  proposalId!: string;

  @Field(() => [ID], {
    description: `Files you uploaded for proposals of this consultation (kind PROPOSAL_ATTACHMENT), appended in this order; at most ${PROPOSAL_MAX_DOCUMENTS} per proposal.`,
  })
  @IsArray({ context: { code: FieldErrorCode.INVALID } })
  @ArrayMinSize(1, { context: { code: FieldErrorCode.REQUIRED } })
  @ArrayMaxSize(PROPOSAL_MAX_DOCUMENTS, {
    context: { code: FieldErrorCode.TOO_LONG, params: { max: PROPOSAL_MAX_DOCUMENTS } },
  })
  @IsUUID('all', { each: true, context: { code: FieldErrorCode.INVALID } })
  documentIds!: string[];
}
