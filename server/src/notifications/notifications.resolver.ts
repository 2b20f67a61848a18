import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { Authenticated } from '../common/auth/access.decorators.js';
import { CurrentAuth } from '../common/auth/current-auth.decorator.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { AuthState, RequestContext } from '../common/request-context.js';
import { ForumThread } from '../forum/models/forum.model.js';
import { MarkNotificationsReadArgs } from './dtos/mark-notifications-read.args.js';
import { NotificationsArgs } from './dtos/notifications.args.js';
import { SetNotificationSettingInput } from './dtos/set-notification-setting.input.js';
import { ThreadFollowArgs } from './dtos/thread-follow.args.js';
import { Notification, NotificationConnection, NotificationSetting } from './models/notification.model.js';
import { ThreadFollowRepository } from './repositories/thread-follow.repository.js';
import { NotificationService } from './services/notification.service.js';
import { ThreadFollowService } from './services/thread-follow.service.js';

const FOLLOWED_THREADS = Symbol('followedThreads');

@Resolver(() => Notification)
export class NotificationResolver {
  constructor(
    private readonly service: NotificationService,
    private readonly accounts: AccountLoaders,
  ) {}

  @Authenticated()
  @Query(() => NotificationConnection, { description: "The viewer's notifications, newest first." })
  notifications(
    @Args() { first, after, unreadOnly }: NotificationsArgs,
    @CurrentAuth() auth: AuthState,
  ): Promise<NotificationConnection> {
    return this.service.list(auth.userId, first, after, unreadOnly);
  }

  @Authenticated()
  @Query(() => Int, { description: "The viewer's unread notifications (live: `notifications.unread` on the socket)." })
  notificationUnreadCount(@CurrentAuth() auth: AuthState): Promise<number> {
    return this.service.unreadCount(auth.userId);
  }

  @Authenticated()
  @Query(() => [NotificationSetting], { description: 'How the viewer gets each type of notification.' })
  notificationSettings(@CurrentAuth() auth: AuthState): Promise<NotificationSetting[]> {
    return this.service.settingsOf(auth.userId);
  }

  @Authenticated()
  @RateLimit('NOTIFICATION_WRITE')
  @Mutation(() => Int, { description: 'Marks these notifications read; answers the unread count left.' })
  markNotificationsRead(@Args() { ids }: MarkNotificationsReadArgs, @CurrentAuth() auth: AuthState): Promise<number> {
    return this.service.markRead(auth.userId, ids);
  }

  @Authenticated()
  @RateLimit('NOTIFICATION_WRITE')
  @Mutation(() => Int, { description: 'Marks every notification of the viewer read; answers 0.' })
  markAllNotificationsRead(@CurrentAuth() auth: AuthState): Promise<number> {
    return this.service.markRead(auth.userId, null);
  }

  @Authenticated()
  @RateLimit('NOTIFICATION_WRITE')
  @Mutation(() => [NotificationSetting], { description: 'Chooses how one type of notification reaches the viewer.' })
  setNotificationSetting(
    @Args('input') input: SetNotificationSettingInput,
    @CurrentAuth() auth: AuthState,
  ): Promise<NotificationSetting[]> {
    return this.service.setSetting(auth.userId, input.type, input.delivery);
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Who caused it, if a person did.' })
  actor(@Parent() notification: Notification, @Context() ctx: RequestContext): Promise<UserSummary | null> {
    if (!notification.actorId) return Promise.resolve(null);
    return this.accounts.userById(ctx).load(notification.actorId);
  }
}

@Resolver(() => ForumThread)
export class ThreadFollowResolver {
  constructor(
    private readonly follows: ThreadFollowService,
    private readonly repository: ThreadFollowRepository,
  ) {}

  @Authenticated()
  @RateLimit('FOLLOW')
  @Mutation(() => Boolean, { description: 'Follows a thread: new posts in it notify the viewer. Answers true.' })
  followThread(@Args() { threadId }: ThreadFollowArgs, @CurrentAuth() auth: AuthState): Promise<boolean> {
    return this.follows.follow(auth.userId, threadId);
  }

  @Authenticated()
  @RateLimit('FOLLOW')
  @Mutation(() => Boolean, { description: 'Stops following a thread. Answers false.' })
  unfollowThread(@Args() { threadId }: ThreadFollowArgs, @CurrentAuth() auth: AuthState): Promise<boolean> {
    return this.follows.unfollow(auth.userId, threadId);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer follows the thread (false when logged out).' })
  viewerFollows(@Parent() thread: ForumThread, @Context() ctx: RequestContext): Promise<boolean> {
    const userId = ctx.auth?.userId;
    if (!userId) return Promise.resolve(false);
    return ctx.loaders
      .get(
        FOLLOWED_THREADS,
        () => new DataLoader((ids: readonly string[]) => this.repository.followedAmong(userId, ids)),
      )
      .load(thread.id);
  }
}
