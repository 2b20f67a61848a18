import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { MeetingRegistrationStatus } from './meeting-enums.js';

@ObjectType({ description: "The viewer's seat at a meeting, or place on its waiting list." })
export class MeetingRegistration {
  @Field(() => MeetingRegistrationStatus)
  status!: MeetingRegistrationStatus;

  @Field(() => Int, { nullable: true, description: 'Place on the waiting list, from 1; null with a seat.' })
  waitingPosition!: number | null;

  @Field(() => GraphQLISODateTime)
  registeredAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a seat freed up for someone waiting.' })
  promotedAt!: Date | null;

  /** Resolved by the caller's context. */
  meetingId!: string;
}
