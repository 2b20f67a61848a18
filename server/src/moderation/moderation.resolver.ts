import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { Municipality } from '../municipalities/models/municipality.model.js';
import { EditContentInput } from './dtos/edit-content.input.js';
import { FlagContentInput } from './dtos/flag-content.input.js';
import { HideContentInput } from './dtos/hide-content.input.js';
import { ModerationItemInput } from './dtos/moderation-item.input.js';
import { ModerationPageArgs } from './dtos/moderation-page.args.js';
import { ModerationSettingsInput } from './dtos/moderation-settings.input.js';
import { MoveThreadInput } from './dtos/move-thread.input.js';
import { SanctionUserInput } from './dtos/sanction-user.input.js';
import {
  ModerationLogConnection,
  ModerationOutcome,
  ModerationQueueConnection,
  ModerationSettings,
  UserSanction,
  type ModerationLogEntry,
  type ModerationQueueItem,
} from './models/moderation.model.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { canConfigureModeration, canModerateIn } from './moderation.policy.js';
import { ModerationQueryService } from './services/moderation-query.service.js';
import { ModerationService } from './services/moderation.service.js';

@Resolver()
export class ModerationResolver {
  constructor(
    private readonly moderation: ModerationService,
    private readonly queries: ModerationQueryService,
    private readonly viewers: ViewerService,
  ) {}

  @Authenticated()
  @Query(() => ModerationQueueConnection, {
    description:
      'Flagged items waiting for a decision, in the municipalities the viewer moderates (administrators: all).',
  })
  async moderationQueue(
    @Args() args: ModerationPageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<ModerationQueueItem>> {
    return this.queries.queue(await this.viewers.forRequest(ctx), args);
  }

  @Public()
  @Query(() => ModerationLogConnection, {
    description: 'The public moderation log, newest first: role, municipality, time, kind of item and reason.',
  })
  moderationLog(@Args() args: ModerationPageArgs): Promise<ConnectionShape<ModerationLogEntry>> {
    return this.queries.publicLog(args);
  }

  @Public()
  @Query(() => ModerationSettings)
  moderationSettings(@Args() { id }: IdArgs): Promise<ModerationSettings> {
    return this.queries.settings(id);
  }

  @Authenticated()
  @RateLimit('MODERATION_FLAG')
  @Mutation(() => ModerationOutcome, {
    description: 'Flags an item (once per user; not one’s own). Enough flags hide it pending review.',
  })
  async flagContent(@Args('input') input: FlagContentInput, @Ctx() ctx: RequestContext): Promise<ModerationOutcome> {
    return this.moderation.flag(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => ModerationOutcome, { description: 'The flags were unfounded; an item the threshold hid comes back.' })
  async dismissFlags(
    @Args('input') input: ModerationItemInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ModerationOutcome> {
    return this.moderation.dismiss(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => ModerationOutcome, { description: 'Pre-moderation: a held reply appears for everyone.' })
  async approveContent(
    @Args('input') input: ModerationItemInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ModerationOutcome> {
    return this.moderation.approve(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => ModerationOutcome, { description: 'Shows "hidden by a moderator: reason" instead; replies stay.' })
  async hideContent(@Args('input') input: HideContentInput, @Ctx() ctx: RequestContext): Promise<ModerationOutcome> {
    return this.moderation.hide(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => ModerationOutcome)
  async restoreContent(
    @Args('input') input: ModerationItemInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ModerationOutcome> {
    return this.moderation.restore(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => ModerationOutcome, { description: 'A moderator’s correction with a public note.' })
  async editContent(@Args('input') input: EditContentInput, @Ctx() ctx: RequestContext): Promise<ModerationOutcome> {
    return this.moderation.edit(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => ModerationOutcome, { description: 'Permanent removal; only for items flagged PERSONAL_DATA.' })
  async removeContent(@Args('input') input: HideContentInput, @Ctx() ctx: RequestContext): Promise<ModerationOutcome> {
    return this.moderation.remove(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => ModerationOutcome, {
    description: 'Moves a thread to another category (both must be moderated by the viewer).',
  })
  async moveThread(@Args('input') input: MoveThreadInput, @Ctx() ctx: RequestContext): Promise<ModerationOutcome> {
    return this.moderation.moveThread(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => UserSanction)
  async warnUser(@Args('input') input: SanctionUserInput, @Ctx() ctx: RequestContext): Promise<UserSanction> {
    return this.moderation.warn(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => UserSanction, {
    description: 'No posting, supporting, flagging or voting in the municipality for `days` days.',
  })
  async blockUser(@Args('input') input: SanctionUserInput, @Ctx() ctx: RequestContext): Promise<UserSanction> {
    return this.moderation.block(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => Boolean)
  async unblockUser(@Args('input') input: SanctionUserInput, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.moderation.unblock(await this.viewers.forRequest(ctx), input);
  }

  @Authenticated()
  @RateLimit('MODERATION_ACTION')
  @Mutation(() => ModerationSettings)
  async setModerationSettings(
    @Args('input') input: ModerationSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ModerationSettings> {
    return this.queries.setSettings(await this.viewers.forRequest(ctx), input);
  }
}

@Resolver(() => Municipality)
export class MunicipalityModerationResolver {
  constructor(private readonly viewers: ViewerService) {}

  @ResolveField(() => Boolean, { description: 'Whether the viewer sees this municipality’s moderation queue.' })
  async viewerCanModerate(@Parent() municipality: Municipality, @Context() ctx: RequestContext): Promise<boolean> {
    return canModerateIn(await this.viewers.forRequest(ctx), municipality.id);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether the viewer sets this municipality’s flag threshold and pre-moderation.',
  })
  async viewerCanConfigureModeration(
    @Parent() municipality: Municipality,
    @Context() ctx: RequestContext,
  ): Promise<boolean> {
    return canConfigureModeration(await this.viewers.forRequest(ctx), municipality.id);
  }
}
