import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBase64, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  FieldErrorCode,
  PROPOSAL_PAGE_MAX,
  PROPOSAL_SEARCH_LIMITS,
  PROPOSAL_SEED_LIMITS,
  ServiceAreaCode,
} from '@ratusz/shared';
import { OptionalTextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { ProposalSort, ProposalStatus } from '../models/proposal-enums.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@ArgsType()
export class ProposalsArgs {
  @IdField()
  consultationId!: string;

  @Field(() => ProposalStatus, { nullable: true, description: 'Without it, every status but WITHDRAWN.' })
  @IsOptional()
  @IsEnum(ProposalStatus, invalid)
  status?: ProposalStatus | null;

  @Field(() => ServiceAreaCode, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceAreaCode, invalid)
  serviceArea?: ServiceAreaCode | null;

  @Field(() => ProposalSort, { nullable: true, defaultValue: ProposalSort.NEWEST })
  @IsOptional()
  @IsEnum(ProposalSort, invalid)
  sort?: ProposalSort | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For RANDOM: the same seed gives the same order (the client keeps one per visitor); defaults to the viewer’s id.',
  })
  @IsOptional()
  @OptionalTextField(PROPOSAL_SEED_LIMITS)
  seed?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the title or text, diacritics optional ("zolc" finds "żółć").',
  })
  @IsOptional()
  @OptionalTextField(PROPOSAL_SEARCH_LIMITS)
  search?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: `Page size, 1 to ${PROPOSAL_PAGE_MAX}.` })
  @IsOptional()
  @IsInt(invalid)
  @Min(1, invalid)
  @Max(PROPOSAL_PAGE_MAX, { context: { code: FieldErrorCode.TOO_LONG, params: { max: PROPOSAL_PAGE_MAX } } })
  first?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsBase64({ urlSafe: true }, invalid)
  after?: string | null;
}
