import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { FieldErrorCode, MODERATION_LIMITS } from '@ratusz/shared';
import { OptionalTextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { FlagReason, ModeratableKind } from '../models/moderation-enums.js';

@InputType()
export class FlagContentInput {
  @Field(() => ModeratableKind)
  @IsEnum(ModeratableKind, { context: { code: FieldErrorCode.INVALID } })
  kind!: ModeratableKind;

  @IdField()
  itemId!: string;

  @Field(() => FlagReason)
  @IsEnum(FlagReason, { context: { code: FieldErrorCode.INVALID } })
  reason!: FlagReason;

  @Field(() => String, { nullable: true, description: 'Required with OTHER.' })
  @IsOptional()
  @OptionalTextField(MODERATION_LIMITS.flagNote)
  note?: string | null;
}
