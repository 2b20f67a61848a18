import { Field, InputType } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { FieldErrorCode, PROPOSAL_BODY_LIMITS, PROPOSAL_TITLE_LIMITS, ServiceAreaCode } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { CostEstimateField } from './cost-estimate-field.js';

/** What a proposal says, as submitted and as edited: one set of fields and limits for both. */
@InputType({ isAbstract: true })
export abstract class ProposalContentInput {
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
