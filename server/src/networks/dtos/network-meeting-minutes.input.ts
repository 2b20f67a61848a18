import { Field, InputType } from '@nestjs/graphql';
import { NETWORK_MEETING_MINUTES_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class NetworkMeetingMinutesInput {
  @IdField()
  meetingId!: string;

  @Field({ description: 'Markdown.' })
  @TextField(NETWORK_MEETING_MINUTES_LIMITS)
  minutes!: string;
}
