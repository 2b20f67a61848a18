import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

const MAX_UPCOMING_MEETINGS = 20;

/** The next meetings of a municipality and the municipalities below it, for its page. */
@ArgsType()
export class UpcomingMeetingsArgs {
  @IdField()
  municipalityId!: string;

  @Field(() => Int, { defaultValue: 5, description: `1 to ${MAX_UPCOMING_MEETINGS}.` })
  @IsInt({ context: { code: FieldErrorCode.INVALID } })
  @Min(1, { context: { code: FieldErrorCode.INVALID } })
  @Max(MAX_UPCOMING_MEETINGS, { context: { code: FieldErrorCode.TOO_LONG, params: { max: MAX_UPCOMING_MEETINGS } } })
  first: number = 5;
}
