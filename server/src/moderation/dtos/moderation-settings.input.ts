import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import { FieldErrorCode, MODERATION_LIMITS } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class ModerationSettingsInput {
  @IdField()
  municipalityId!: string;

  @Field(() => Int)
  @IsInt({ context: { code: FieldErrorCode.INVALID } })
  @Min(1, { context: { code: FieldErrorCode.INVALID } })
  @Max(MODERATION_LIMITS.maxFlagThreshold, { context: { code: FieldErrorCode.INVALID } })
  flagThreshold!: number;

  @Field({ defaultValue: false })
  @IsBoolean({ context: { code: FieldErrorCode.INVALID } })
  premoderation: boolean = false;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ context: { code: FieldErrorCode.INVALID } })
  @Min(0, { context: { code: FieldErrorCode.INVALID } })
  @Max(MODERATION_LIMITS.maxPremoderationAccountDays, { context: { code: FieldErrorCode.INVALID } })
  premoderationAccountDays: number = 0;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt({ context: { code: FieldErrorCode.INVALID } })
  @Min(0, { context: { code: FieldErrorCode.INVALID } })
  @Max(MODERATION_LIMITS.maxPremoderationApprovedPosts, { context: { code: FieldErrorCode.INVALID } })
  premoderationApprovedPosts: number = 0;
}
