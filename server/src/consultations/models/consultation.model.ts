import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ConsultationPhaseKind as PhaseKind } from '@ratusz/shared';
import { Connection } from '../../common/pagination/connection.model.js';
import { ConsultationStatus } from './consultation-enums.js';

@ObjectType({ description: 'A participatory process of a municipality, with a timeline of phases.' })
export class Consultation {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Unique within the municipality.' })
  slug!: string;

  @Field()
  title!: string;

  @Field({ description: 'Markdown as written.' })
  summarySource!: string;

  @Field({ description: 'Sanitised HTML rendered by the server.' })
  summaryHtml!: string;

  @Field({ description: 'Markdown as written.' })
  goalSource!: string;

  @Field({ description: 'Sanitised HTML rendered by the server.' })
  goalHtml!: string;

  @Field(() => ConsultationStatus)
  status!: ConsultationStatus;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => Int, { description: 'Sequence of the last live event; pass it to consultationEvents to catch up.' })
  seq!: number;

  /** Resolved through loaders; raw keys stay off the schema. */
  municipalityId!: string;
  organiserId!: string | null;
  /** The phase the organiser moved on to early, until its dates catch up. */
  advancedTo!: PhaseKind | null;
  /** `created_at` with the microseconds a JavaScript Date would lose, for keyset cursors. */
  cursorAt!: string;
}

export const ConsultationConnection = Connection(Consultation, 'ConsultationConnection');
