import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.model.js';
import { MeetingRegistrationStatus } from './meeting-enums.js';

@ObjectType({ description: "One person on a meeting's attendee list (seen by its managers)." })
export class MeetingAttendee {
  @Field(() => MeetingRegistrationStatus)
  status!: MeetingRegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Place on the waiting list, from 1; null with a seat.' })
  waitingPosition!: number | null;

  @Field(() => GraphQLISODateTime)
  registeredAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  promotedAt!: Date | null;

  /** Resolved through a loader (a UserSummary); raw key stays off the schema. */
  userId!: string;
  /**
   * For the CSV export, read with the list. E-mail addresses are not in it:
   * officials see people as everyone else does (name and handle).
   */
  displayName!: string;
  handle!: string;
}

export const MeetingAttendeeConnection = Connection(MeetingAttendee, 'MeetingAttendeeConnection');
