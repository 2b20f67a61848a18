import { Field, InputType } from '@nestjs/graphql';
import { MODERATION_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class MoveThreadInput {
  @IdField()
  threadId!: string;

  @IdField()
  categoryId!: string;

  @Field({
    description: `Public: shown in place of the content and in the log (${MODERATION_LIMITS.reason.min}–${MODERATION_LIMITS.reason.max} characters).`,
  })
  @TextField(MODERATION_LIMITS.reason)
  reason!: string;
}
