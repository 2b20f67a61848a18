import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { FieldErrorCode, PROPOSAL_BODY_LIMITS, PROPOSAL_TITLE_LIMITS, ServiceAreaCode } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { CostEstimateField } from './cost-estimate-field.js';

/** The proposal's new content, whole: a cost left out (or empty) means none. */
@InputType()
export class EditProposalInput {
  @IdField()
  id!: string;

  @Field()
  @TextField(PROPOSAL_TITLE_LIMITS)
  title!: string;

  @Field({ description: 'Markdown.' })
  @TextField(PROPOSAL_BODY_LIMITS)
  body!: string;

  @Field(() => ServiceAreaCode)
  @IsEnum(ServiceAreaCode, { context: { code: FieldErrorCode.INVALID } })
  serviceArea!: ServiceAreaCode;

  @CostEstimateField()
  costEstimatePln?: string | null;
}
