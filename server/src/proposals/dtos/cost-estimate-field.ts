import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { FieldErrorCode, PROPOSAL_COST_MAX_PLN } from '@ratusz/shared';

/** Longer than any amount with spaces between thousands; the service parses it exactly (parsePlnToGrosze). */
const COST_TEXT_MAX = 32;

/** An optional cost estimate in PLN as typed ("1 500 000,50"); empty or null means none. */
export function CostEstimateField(): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description: `PLN as a decimal ("1500000.50", a comma and spaces between thousands allowed), at most ${PROPOSAL_COST_MAX_PLN}.`,
    }),
    IsOptional(),
    IsString({ context: { code: FieldErrorCode.INVALID } }),
    MaxLength(COST_TEXT_MAX, { context: { code: FieldErrorCode.INVALID } }),
  );
}
