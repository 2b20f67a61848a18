import { Field, ID, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsUUID } from 'class-validator';
import { FieldErrorCode, NETWORK_MAX_MEMBERS } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

@InputType({ description: 'Which member municipalities attended; replaces the list.' })
export class NetworkMeetingAttendanceInput {
  @IdField()
  meetingId!: string;

  @Field(() => [ID])
  @ArrayMaxSize(NETWORK_MAX_MEMBERS, {
    context: { code: FieldErrorCode.TOO_LONG, params: { max: NETWORK_MAX_MEMBERS } },
  })
  @IsUUID('all', { each: true, context: { code: FieldErrorCode.INVALID } })
  municipalityIds!: string[];
}
