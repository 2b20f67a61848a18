import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { FieldErrorCode, MODERATION_LIMITS, POST_BODY_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { ModeratableKind } from '../models/moderation-enums.js';

@InputType()
export class EditContentInput {
  @Field(() => ModeratableKind)
  @IsEnum(ModeratableKind, { context: { code: FieldErrorCode.INVALID } })
  kind!: ModeratableKind;

  @IdField()
  itemId!: string;

  @Field({
    description: 'The corrected text (Markdown for posts and proposals, plain text for threads and tree nodes).',
  })
  @TextField(POST_BODY_LIMITS)
  body!: string;

  @Field({ description: 'Public note saying what was changed and why.' })
  @TextField(MODERATION_LIMITS.reason)
  note!: string;
}
