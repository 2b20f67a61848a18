import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FieldErrorCode, PROPOSAL_THRESHOLD_LIMITS } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class SetProposalSupportThresholdArgs {
  @IdField()
  consultationId!: string;

  @Field(() => Int, {
    nullable: true,
    description: 'Supports that move a SUBMITTED proposal to UNDER_REVIEW by themselves; null for none.',
  })
  @IsOptional()
  @IsInt({ context: { code: FieldErrorCode.INVALID } })
  @Min(PROPOSAL_THRESHOLD_LIMITS.min, { context: { code: FieldErrorCode.INVALID } })
  @Max(PROPOSAL_THRESHOLD_LIMITS.max, { context: { code: FieldErrorCode.INVALID } })
  threshold?: number | null;
}
