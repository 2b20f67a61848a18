import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID } from 'class-validator';
import { FieldErrorCode, PROPOSAL_MAX_DOCUMENTS } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';
import { ProposalContentInput } from './proposal-content.input.js';

@InputType()
export class SubmitProposalInput extends ProposalContentInput {
  @IdField()
  consultationId!: string;

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
