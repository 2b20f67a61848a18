import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NetworkMeetingStatus } from '@ratusz/shared';

registerEnumType(NetworkMeetingStatus, { name: 'NetworkMeetingStatus' });

@ObjectType({ description: "One meeting of an exchange group's plan, hosted by a member municipality." })
export class NetworkMeeting {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => Int, { description: 'Its place in the plan, 1 first.' })
  number!: number;

  @Field({ description: 'The day, YYYY-MM-DD (a working day in Poland).' })
  date!: string;

  @Field(() => NetworkMeetingStatus)
  status!: NetworkMeetingStatus;

  @Field({ description: 'Markdown as written; may be empty.' })
  agendaSource!: string;

  @Field({ description: 'Sanitised HTML rendered by the server.' })
  agendaHtml!: string;

  @Field(() => String, { nullable: true })
  minutesSource!: string | null;

  @Field(() => String, { nullable: true })
  minutesHtml!: string | null;

  /** Resolved through loaders. */
  hostMunicipalityId!: string;
}
