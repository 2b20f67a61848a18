import { Field, InputType } from '@nestjs/graphql';
import { TREE_REJECTION_REASON_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class RejectProblemTreeNodeInput {
  @IdField()
  id!: string;

  @Field({ description: 'Shown with the node, to its author and everyone.' })
  @TextField(TREE_REJECTION_REASON_LIMITS)
  reason!: string;
}
