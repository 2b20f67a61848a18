import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/pagination/connection.model.js';

@ObjectType({ description: 'An e-mail the server wrote: kept here when no SMTP server is configured, else sent.' })
export class OutboxMail {
  @Field(() => ID)
  id!: string;

  @Field()
  to!: string;

  userId!: string | null;

  @Field({ description: 'What made it: NOTIFICATION, DIGEST, PASSWORD_RESET, REGISTRATION_ATTEMPT, …' })
  kind!: string;

  @Field()
  subject!: string;

  @Field()
  text!: string;

  @Field()
  html!: string;

  headers!: Record<string, string>;

  @Field(() => String, { nullable: true, description: 'The List-Unsubscribe header, when the mail has one.' })
  listUnsubscribe!: string | null;

  @Field({ description: 'STORED (no SMTP), PENDING, SENT or FAILED.' })
  status!: string;

  @Field(() => String, { nullable: true })
  error!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentAt!: Date | null;
}

@ObjectType()
export class OutboxMailConnection {
  @Field(() => [OutboxMail])
  nodes!: OutboxMail[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
