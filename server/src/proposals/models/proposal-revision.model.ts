import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A proposal as it read before one of its author’s edits.' })
export class ProposalRevision {
  @Field()
  title!: string;

  @Field()
  bodyHtml!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the edit replaced this version.' })
  editedAt!: Date;

  proposalId!: string;
  /** Who edited: the author, or a moderator correcting it (see `readableRevisions`). */
  editorId!: string | null;
}
