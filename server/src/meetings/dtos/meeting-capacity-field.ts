import { applyDecorators } from '@nestjs/common';
import { Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { FieldErrorCode, MEETING_CAPACITY_LIMITS } from '@ratusz/shared';

const { min, max } = MEETING_CAPACITY_LIMITS;

/** An optional number of seats within the shared limits, for creating a meeting and for changing it. */
export function MeetingCapacityField(description: string): PropertyDecorator {
  return applyDecorators(
    Field(() => Int, { nullable: true, description: `${description} (${min} to ${max}).` }),
    IsOptional(),
    IsInt({ context: { code: FieldErrorCode.INVALID } }),
    Min(min, { context: { code: FieldErrorCode.INVALID, params: { min } } }),
    Max(max, { context: { code: FieldErrorCode.INVALID, params: { max } } }),
  );
}
