import { InputType } from '@nestjs/graphql';
import { IdField } from '../../common/validation/id-field.js';
import { ProposalContentInput } from './proposal-content.input.js';

/** The proposal's new content, whole: a cost left out (or empty) means none. */
@InputType()
export class EditProposalInput extends ProposalContentInput {
  @IdField()
  id!: string;
}
