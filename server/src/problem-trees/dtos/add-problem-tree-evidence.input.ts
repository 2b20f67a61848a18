import { InputType } from '@nestjs/graphql';
import { IdField } from '../../common/validation/id-field.js';

@InputType({ description: 'Exactly one of a forum post or a document.' })
export class AddProblemTreeEvidenceInput {
  @IdField()
  nodeId!: string;

  @IdField({ nullable: true })
  postId?: string | null;

  @IdField({ nullable: true })
  documentId?: string | null;
}
