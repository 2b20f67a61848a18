import { Field, InputType } from '@nestjs/graphql';
import { TREE_NODE_TEXT_LIMITS, TREE_TITLE_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType({ description: 'A consultation’s tree, or (with municipalityId alone) a standalone workshop tree.' })
export class CreateProblemTreeInput {
  @IdField({ nullable: true })
  consultationId?: string | null;

  @IdField({ nullable: true, description: 'For a standalone tree; taken from the consultation otherwise.' })
  municipalityId?: string | null;

  @Field()
  @TextField(TREE_TITLE_LIMITS)
  title!: string;

  @Field({ description: 'The core problem.' })
  @TextField(TREE_NODE_TEXT_LIMITS)
  coreText!: string;
}
