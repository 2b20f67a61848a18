import { ArgsType } from '@nestjs/graphql';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class RemoveProposalAttachmentArgs {
  @IdField()
  proposalId!: string;

  @IdField({ description: 'One of the proposal’s attachments.' })
  documentId!: string;
}
