import { Field, InputType } from '@nestjs/graphql';
import { DOCUMENT_LIMITS } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';
import { TextField } from '../../common/validation/field-rules.js';

@InputType()
export class RenameDocumentInput {
  @IdField()
  documentId!: string;

  @Field()
  @TextField(1, DOCUMENT_LIMITS.titleMax)
  title!: string;
}
