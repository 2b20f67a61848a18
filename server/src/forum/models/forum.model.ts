import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Stance, ThreadSubjectType, type LiveOrganisationBadge } from '@ratusz/shared';
import { Connection } from '../../common/pagination/connection.model.js';

// Defined once in @ratusz/shared (live events carry them too); re-exported for the forum's own imports.
export { Stance, ThreadSubjectType };
registerEnumType(Stance, { name: 'Stance', description: 'A reply’s position in a consultation debate.' });
registerEnumType(ThreadSubjectType, { name: 'ThreadSubjectType' });

export const PostOrder = { OLDEST: 'OLDEST', BEST: 'BEST' } as const;
export type PostOrder = (typeof PostOrder)[keyof typeof PostOrder];
registerEnumType(PostOrder, {
  name: 'PostOrder',
  description: 'Order of sibling replies: oldest first, or highest score first.',
});

@ObjectType()
export class ForumCategory {
  @Field(() => ID)
  id!: string;

  @Field()
  slug!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => ID, { nullable: true })
  municipalityId!: string | null;

  @Field(() => ID, { nullable: true })
  networkId!: string | null;

  @Field(() => Int, { description: 'Threads in the category.' })
  threadCount!: number;
}

export const ForumCategoryConnection = Connection(ForumCategory, 'ForumCategoryConnection');

@ObjectType()
export class ForumThread {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  categoryId!: string;

  /** Resolved by `ThreadResolver`, which withholds it while a moderator hides the thread. */
  title!: string;

  @Field(() => String, { nullable: true, description: 'Why a moderator hid the thread; null when visible.' })
  hiddenReason!: string | null;

  @Field()
  pinned!: boolean;

  @Field()
  locked!: boolean;

  @Field({
    description:
      'Held for pre-moderation with its first post: only its author sees it until a moderator approves that post.',
  })
  awaitingModeration!: boolean;

  @Field(() => ThreadSubjectType, { nullable: true })
  subjectType!: ThreadSubjectType | null;

  @Field(() => ID, { nullable: true })
  subjectId!: string | null;

  @Field(() => Int, { description: 'Posts after the first one, deleted ones included.' })
  replyCount!: number;

  @Field(() => Int, { description: 'The number of the newest post; posts are numbered 1, 2, … in a thread.' })
  lastPostNumber!: number;

  @Field(() => Int, { description: 'Sequence of the last live event; pass it to threadEvents to catch up.' })
  seq!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  lastActivityAt!: Date;

  authorId!: string | null;
  /** Internal keyset cursor text with microseconds. */
  cursorAt?: string;
}

export const ForumThreadConnection = Connection(ForumThread, 'ForumThreadConnection');

@ObjectType()
export class ForumPost {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  threadId!: string;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int)
  number!: number;

  @Field(() => Int, { description: '0 for the thread’s first post.' })
  depth!: number;

  @Field({ description: 'Materialised path; sorting by it gives depth-first order.' })
  path!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Sanitised HTML rendered by the server; null when deleted or hidden by a moderator.',
  })
  bodyHtml!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Shown instead of the body: "hidden by a moderator: <reason>"; null when visible.',
  })
  hiddenReason!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The markdown source, for editing and quoting; null when deleted.',
  })
  bodySource!: string | null;

  @Field()
  deleted!: boolean;

  @Field(() => Stance, { nullable: true })
  stance!: Stance | null;

  @Field(() => Int)
  score!: number;

  @Field({ description: 'Held for pre-moderation: only its author sees it until a moderator approves it.' })
  awaitingModeration!: boolean;

  @Field(() => Int, { description: 'Direct replies.' })
  replyCount!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  editedAt!: Date | null;

  @Field(() => ID, { nullable: true })
  quotedPostId!: string | null;

  authorId!: string | null;
  /**
   * "On behalf of", read only by `PostRepository.byId` (which feeds the live
   * events); GraphQL resolves `organisation` through its loader instead.
   */
  onBehalfOf?: LiveOrganisationBadge | null;
}

export const ForumPostConnection = Connection(ForumPost, 'ForumPostConnection');

@ObjectType()
export class PostRevision {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The text as it was before this edit.' })
  previousSource!: string;

  @Field()
  previousHtml!: string;

  @Field(() => GraphQLISODateTime)
  editedAt!: Date;

  editorId!: string | null;
}

@ObjectType()
export class ThreadEventRecord {
  @Field(() => Int)
  seq!: number;

  @Field()
  kind!: string;

  @Field({ description: 'The event exactly as it was pushed over the socket, as JSON.' })
  payload!: string;
}

@ObjectType()
export class ReactionResult {
  @Field(() => ForumPost)
  post!: ForumPost;

  @Field()
  reacted!: boolean;
}

@ObjectType()
export class SearchHit {
  @Field(() => ForumThread)
  thread!: ForumThread;

  @Field(() => ID, { nullable: true, description: 'The matching post; null when the title matched.' })
  postId!: string | null;

  @Field(() => Int, { nullable: true })
  postNumber!: number | null;

  @Field({ description: 'HTML-escaped excerpt with matches wrapped in <mark>.' })
  snippetHtml!: string;

  rank!: number;
}

export const SearchHitConnection = Connection(SearchHit, 'SearchHitConnection');
