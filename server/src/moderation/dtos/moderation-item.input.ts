import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { FieldErrorCode, MODERATION_LIMITS } from '@ratusz/shared';
import { OptionalTextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { ModeratableKind } from '../models/moderation-enums.js';

@InputType({ description: 'An item to dismiss the flags of, or to restore.' })
export class ModerationItemInput {
  @Field(() => ModeratableKind)
  @IsEnum(ModeratableKind, { context: { code: FieldErrorCode.INVALID } })
  kind!: ModeratableKind;

  @IdField()
  itemId!: string;

  @Field(() => String, { nullable: true, description: 'Public, in the log.' })
  @IsOptional()
  @OptionalTextField(MODERATION_LIMITS.reason)
  reason?: string | null;
}
