import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../common/pagination/connection.model.js';
import {
  FlagReason,
  ModeratableKind,
  ModerationAction,
  ModerationItemState,
  ModeratorRole,
} from './moderation-enums.js';

@ObjectType({ description: 'One flag on an item; who flagged is not shown.' })
export class ModerationFlag {
  @Field(() => ID)
  id!: string;

  @Field(() => FlagReason)
  reason!: FlagReason;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({ description: 'How often moderators acted on an author (in every municipality).' })
export class AuthorModerationHistory {
  @Field(() => Int, { description: 'Items hidden or removed.' })
  hiddenCount!: number;

  @Field(() => Int)
  warningCount!: number;

  @Field(() => Int)
  blockCount!: number;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The end of a running block, if any.' })
  blockedUntil!: Date | null;
}

@ObjectType({ description: 'A flagged item waiting for a moderator.' })
export class ModerationQueueItem {
  @Field(() => ModeratableKind)
  kind!: ModeratableKind;

  @Field(() => ID)
  itemId!: string;

  @Field(() => ID, { nullable: true, description: 'Null for content outside any municipality (administrators only).' })
  municipalityId!: string | null;

  @Field(() => ModerationItemState)
  state!: ModerationItemState;

  @Field(() => Int)
  openFlagCount!: number;

  @Field(() => GraphQLISODateTime)
  lastFlaggedAt!: Date;

  @Field({ description: 'Plain text as written, also while hidden.' })
  excerpt!: string;

  @Field(() => String, { nullable: true })
  hiddenReason!: string | null;

  @Field(() => [ModerationFlag])
  flags!: ModerationFlag[];

  @Field(() => AuthorModerationHistory, { nullable: true, description: 'Null when the account was deleted.' })
  authorHistory!: AuthorModerationHistory | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Whom a warning or block from the queue is for; null when the account was deleted.',
  })
  authorId!: string | null;
  cursorAt!: string;
}

export const ModerationQueueConnection = Connection(ModerationQueueItem, 'ModerationQueueConnection');

@ObjectType({
  description:
    'Moderation settings as a settings change in the log recorded them, before or after; what does not apply is null.',
})
export class LoggedModerationSettings {
  @Field(() => Int, { nullable: true, description: 'The municipality’s flag threshold; null for a category.' })
  flagThreshold?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Pre-moderation on or off; null: the category has no setting of its own and follows its municipality.',
  })
  premoderation!: boolean | null;

  @Field(() => Int, { nullable: true })
  premoderationAccountDays!: number | null;

  @Field(() => Int, { nullable: true })
  premoderationApprovedPosts!: number | null;
}

@ObjectType({ description: 'One public moderation log entry: the role, never the person; the author is not named.' })
export class ModerationLogEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  municipalityId!: string | null;

  @Field(() => ModerationAction)
  action!: ModerationAction;

  @Field(() => ModeratorRole)
  actorRole!: ModeratorRole;

  @Field(() => ModeratableKind, {
    nullable: true,
    description: 'Null for actions on users (warnings, blocks) and for settings changes.',
  })
  itemKind!: ModeratableKind | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'CHANGE_CATEGORY_SETTINGS: the forum category; null once the category is deleted.',
  })
  categoryId!: string | null;

  @Field(() => String, { nullable: true, description: 'CHANGE_CATEGORY_SETTINGS: the category’s name now.' })
  categoryName!: string | null;

  @Field(() => LoggedModerationSettings, { nullable: true, description: 'A settings change: the values before it.' })
  settingsBefore!: LoggedModerationSettings | null;

  @Field(() => LoggedModerationSettings, { nullable: true, description: 'A settings change: the values it set.' })
  settingsAfter!: LoggedModerationSettings | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  cursorAt!: string;
}

export const ModerationLogConnection = Connection(ModerationLogEntry, 'ModerationLogConnection');

@ObjectType({ description: 'Where an item stands after a flag or a moderator’s action.' })
export class ModerationOutcome {
  @Field(() => ModeratableKind)
  kind!: ModeratableKind;

  @Field(() => ID)
  itemId!: string;

  @Field(() => ModerationItemState)
  state!: ModerationItemState;

  @Field(() => String, { nullable: true, description: 'What readers see instead of the content; null when visible.' })
  hiddenReason!: string | null;
}

@ObjectType()
export class ModerationSettings {
  @Field(() => ID)
  municipalityId!: string;

  @Field(() => Int, { description: 'Distinct flags after which an item hides itself pending review.' })
  flagThreshold!: number;

  @Field({ description: 'Replies by new accounts wait for a moderator’s approval.' })
  premoderation!: boolean;

  @Field(() => Int, { description: 'Pre-moderation holds replies of accounts younger than this many days.' })
  premoderationAccountDays!: number;

  @Field(() => Int, { description: 'Pre-moderation holds replies of accounts with fewer visible posts than this.' })
  premoderationApprovedPosts!: number;
}

@ObjectType({ description: 'A warning or a block given to a user in a municipality.' })
export class UserSanction {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  userId!: string;

  @Field(() => ID)
  municipalityId!: string;

  @Field({ description: 'WARNING or BLOCK.' })
  kind!: string;

  @Field()
  reason!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When a block ends; null for a warning.' })
  endsAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
