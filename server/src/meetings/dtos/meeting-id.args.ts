import { ArgsType } from '@nestjs/graphql';
import { IdField } from '../../common/validation/id-field.js';

/** The arguments of an operation on one meeting. */
@ArgsType()
export class MeetingIdArgs {
  @IdField()
  meetingId!: string;
}
