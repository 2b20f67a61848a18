import { Field, InputType } from '@nestjs/graphql';
import { POST_BODY_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class ReplyToProposalInput {
  @IdField()
  proposalId!: string;

  @Field({ description: 'Markdown.' })
  @TextField(POST_BODY_LIMITS.min, POST_BODY_LIMITS.max)
  body!: string;

  @IdField({ nullable: true, description: 'A post of the proposal’s discussion this one replies to.' })
  parentId?: string | null;
}
