import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.model.js';
import { AuditEventKind } from './audit-event-kind.js';

@ObjectType({ description: 'A security-relevant event; administrators only.' })
export class AuditEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => AuditEventKind)
  kind!: AuditEventKind;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;

  @Field(() => ID, { nullable: true, description: 'Who acted; null when unknown (a failed login) or deleted.' })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  actorDisplayName!: string | null;

  @Field(() => String, { nullable: true })
  actorEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'The client address the request came from.' })
  ip!: string | null;

  @Field(() => String, { nullable: true, description: 'What was acted on, e.g. USER, CONSULTATION, ORGANISATION.' })
  targetType!: string | null;

  @Field(() => String, { nullable: true })
  targetId!: string | null;

  @Field({ description: 'Further facts as a JSON object (never passwords or tokens).' })
  detailsJson!: string;

  /** occurred_at as PostgreSQL prints it (microseconds kept), for keyset cursors. */
  cursorAt!: string;
}

export const AuditEventConnection = Connection(AuditEvent, 'AuditEventConnection');
