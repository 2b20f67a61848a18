import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FieldErrorCode, MODERATION_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType({ description: 'Warn a user, or (with days) block them in a municipality.' })
export class SanctionUserInput {
  @IdField()
  userId!: string;

  @IdField()
  municipalityId!: string;

  @Field({
    description: `Public: shown in place of the content and in the log (${MODERATION_LIMITS.reason.min}–${MODERATION_LIMITS.reason.max} characters).`,
  })
  @TextField(MODERATION_LIMITS.reason)
  reason!: string;

  @Field(() => Int, { nullable: true, description: 'Block length in days; for blockUser only.' })
  @IsOptional()
  @IsInt({ context: { code: FieldErrorCode.INVALID } })
  @Min(1, { context: { code: FieldErrorCode.INVALID } })
  @Max(MODERATION_LIMITS.maxBlockDays, { context: { code: FieldErrorCode.INVALID } })
  days?: number | null;
}
