import { Field, InputType } from '@nestjs/graphql';
import { POST_BODY_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class ReplyToProblemTreeNodeInput {
  @IdField()
  nodeId!: string;

  @Field({ description: 'Markdown.' })
  @TextField(POST_BODY_LIMITS)
  body!: string;

  @IdField({ nullable: true, description: 'A reply in the node’s discussion; the discussion itself when omitted.' })
  parentId?: string | null;
}
