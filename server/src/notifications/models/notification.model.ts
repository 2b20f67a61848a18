import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationDelivery, NotificationSubjectKind, NotificationType } from '@ratusz/shared';
import { PageInfo } from '../../common/pagination/connection.model.js';

registerEnumType(NotificationType, { name: 'NotificationType', description: 'What a notification is about.' });
registerEnumType(NotificationDelivery, {
  name: 'NotificationDelivery',
  description:
    'Where notifications of a type go: the app only, also e-mailed at once, also in the daily digest, or off.',
});
registerEnumType(NotificationSubjectKind, { name: 'NotificationSubjectKind' });

/** A row of `notifications`, as repositories read it. */
export interface NotificationRow {
  id: string;
  recipientId: string;
  type: NotificationType;
  actorId: string | null;
  subjectKind: NotificationSubjectKind;
  subjectId: string;
  consultationId: string | null;
  municipalityId: string | null;
  title: string;
  path: string;
  delivery: NotificationDelivery;
  createdAt: Date;
  readAt: Date | null;
  mailedAt: Date | null;
}

@ObjectType({ description: 'Something that happened for the viewer: a reply, a mention, a reminder, …' })
export class Notification {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationType)
  type!: NotificationType;

  @Field(() => NotificationSubjectKind)
  subjectKind!: NotificationSubjectKind;

  @Field()
  subjectId!: string;

  @Field({ description: 'Plain text (e.g. the thread title); never HTML.' })
  title!: string;

  @Field({ description: 'The client path it links to.' })
  path!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  readAt!: Date | null;

  /** Resolved to `actor` by a field resolver. */
  actorId!: string | null;
}

@ObjectType()
export class NotificationConnection {
  @Field(() => [Notification])
  nodes!: Notification[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: "The viewer's unread notifications, all pages together." })
  unreadCount!: number;
}

@ObjectType({ description: 'How the viewer gets one type of notification.' })
export class NotificationSetting {
  @Field(() => NotificationType)
  type!: NotificationType;

  @Field(() => NotificationDelivery)
  delivery!: NotificationDelivery;

  @Field({ description: 'False while the default applies.' })
  customised!: boolean;
}
