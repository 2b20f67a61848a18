import { Field, InputType } from '@nestjs/graphql';
import { MEETING_MINUTES_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class SetMeetingMinutesInput {
  @IdField()
  meetingId!: string;

  @Field({ description: 'Markdown minutes or outcomes; replaces earlier ones.' })
  @TextField(MEETING_MINUTES_LIMITS)
  minutes!: string;
}
