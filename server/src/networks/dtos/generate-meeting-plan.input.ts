import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Matches, Max, Min } from 'class-validator';
import { FieldErrorCode, MEETING_PLAN_COUNT, MEETING_PLAN_INTERVAL_WEEKS } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

const { min: countMin, max: countMax } = MEETING_PLAN_COUNT;
const { min: weeksMin, max: weeksMax } = MEETING_PLAN_INTERVAL_WEEKS;

@InputType()
export class GenerateMeetingPlanInput {
  @IdField()
  networkId!: string;

  @Field({ description: 'The first meeting’s day, YYYY-MM-DD (moved to the next working day if needed).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { context: { code: FieldErrorCode.INVALID } })
  startDate!: string;

  @Field(() => Int, { description: `How many meetings, ${countMin} to ${countMax}.` })
  @IsInt({ context: { code: FieldErrorCode.INVALID } })
  @Min(countMin, { context: { code: FieldErrorCode.INVALID, params: { min: countMin } } })
  @Max(countMax, { context: { code: FieldErrorCode.INVALID, params: { max: countMax } } })
  count!: number;

  @Field(() => Int, {
    defaultValue: MEETING_PLAN_INTERVAL_WEEKS.default,
    description: `Weeks between meetings, ${weeksMin} to ${weeksMax}.`,
  })
  @IsInt({ context: { code: FieldErrorCode.INVALID } })
  @Min(weeksMin, { context: { code: FieldErrorCode.INVALID, params: { min: weeksMin } } })
  @Max(weeksMax, { context: { code: FieldErrorCode.INVALID, params: { max: weeksMax } } })
  intervalWeeks: number = MEETING_PLAN_INTERVAL_WEEKS.default;
}
