import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { FieldErrorCode, MODERATION_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { ModeratableKind } from '../models/moderation-enums.js';

@InputType({ description: 'Hide (or, for personal data, remove permanently) an item with a public reason.' })
export class HideContentInput {
  @Field(() => ModeratableKind)
  @IsEnum(ModeratableKind, { context: { code: FieldErrorCode.INVALID } })
  kind!: ModeratableKind;

  @IdField()
  itemId!: string;

  @Field({
    description: `Public: shown in place of the content and in the log (${MODERATION_LIMITS.reason.min}–${MODERATION_LIMITS.reason.max} characters).`,
  })
  @TextField(MODERATION_LIMITS.reason)
  reason!: string;
}
