import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ConsultationStatus } from '@ratusz/shared';
import { Connection } from '../../common/pagination/connection.model.js';
import { MeetingKind } from './meeting-enums.js';

@ObjectType({ description: 'A workshop, consultation meeting, conference or exchange-group meeting.' })
export class Meeting {
  @Field(() => ID)
  id!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field()
  title!: string;

  @Field({ description: 'Markdown as written.' })
  descriptionSource!: string;

  @Field({ description: 'Sanitised HTML rendered by the server.' })
  descriptionHtml!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) link to join online.' })
  onlineUrl!: string | null;

  @Field(() => Int, { nullable: true, description: 'Seats; null means no limit.' })
  capacity!: number | null;

  @Field(() => String, { nullable: true, description: 'Markdown minutes or outcomes, attached after the meeting.' })
  minutesSource!: string | null;

  @Field(() => String, { nullable: true })
  minutesHtml!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  minutesAt!: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Set when the organisers called it off.' })
  cancelledAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => ID, { nullable: true })
  consultationId!: string | null;

  @Field(() => ID, { nullable: true })
  networkId!: string | null;

  /** Resolved through loaders; raw keys stay off the schema. */
  municipalityId!: string;
  organiserId!: string | null;
  /** The status of the consultation it belongs to (null outside consultations), for the policies. */
  consultationStatus!: ConsultationStatus | null;
  /** Counts every change, for calendar apps (iCal SEQUENCE). */
  revision!: number;
}

export const MeetingConnection = Connection(Meeting, 'MeetingConnection');
