import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { FieldErrorCode, MODERATION_LIMITS } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class CategoryModerationSettingsInput {
  @IdField()
  categoryId!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'On or off for this category whatever its municipality says; null follows the municipality again.',
  })
  @IsOptional()
  @IsBoolean({ context: { code: FieldErrorCode.INVALID } })
  premoderation?: boolean | null;

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
