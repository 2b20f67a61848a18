import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsEnum, IsOptional, IsUUID } from 'class-validator';
import {
  FieldErrorCode,
  PROPOSAL_BODY_LIMITS,
  PROPOSAL_MAX_DOCUMENTS,
  PROPOSAL_TITLE_LIMITS,
  ServiceAreaCode,
} from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { CostEstimateField } from './cost-estimate-field.js';

@InputType()
export class SubmitProposalInput {
  @IdField()
  consultationId!: string;

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

  @Field(() => [ID], {
    nullable: true,
    description: `Files you uploaded for proposals of this consultation (kind PROPOSAL_ATTACHMENT), attached in this order (at most ${PROPOSAL_MAX_DOCUMENTS}).`,
  })
  @IsOptional()
  @IsArray({ context: { code: FieldErrorCode.INVALID } })
  @ArrayMaxSize(PROPOSAL_MAX_DOCUMENTS, {
    context: { code: FieldErrorCode.TOO_LONG, params: { max: PROPOSAL_MAX_DOCUMENTS } },
  })
  @IsUUID('all', { each: true, context: { code: FieldErrorCode.INVALID } })
  documentIds?: string[] | null;

  @IdField({ nullable: true, description: 'Submitted on behalf of this organisation (you must be a member).' })
  organisationId?: string | null;
}
