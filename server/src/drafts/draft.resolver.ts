import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { DraftLoaders } from './drafts.loaders.js';
import { ConsultationDraftsArgs } from './dtos/consultation-drafts.args.js';
import { DraftDiffArgs } from './dtos/draft-diff.args.js';
import { PublishDraftInput } from './dtos/publish-draft.input.js';
import { DraftParagraph } from './models/draft-paragraph.model.js';
import { Draft } from './models/draft.model.js';
import { ParagraphDiff } from './models/paragraph-diff.model.js';
import { MAX_DRAFT_VERSIONS } from './repositories/draft.repository.js';
import { DraftService } from './services/draft.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

@Resolver(() => Draft)
export class DraftResolver {
  constructor(
    private readonly drafts: DraftService,
    private readonly viewers: ViewerService,
    private readonly loaders: DraftLoaders,
    private readonly accounts: AccountLoaders,
  ) {}

  @Public()
  @Query(() => [Draft], {
    description: `The versions of a consultation's draft, newest first (at most ${MAX_DRAFT_VERSIONS}).`,
  })
  async consultationDrafts(@Args() args: ConsultationDraftsArgs, @Ctx() ctx: RequestContext): Promise<Draft[]> {
    return this.drafts.list(await this.viewers.forRequest(ctx), args.consultationId);
  }

  @Public()
  @Query(() => Draft, {
    nullable: true,
    description: 'Null when there is none, or its consultation is hidden from you.',
  })
  async draft(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<Draft | null> {
    return this.drafts.find(await this.viewers.forRequest(ctx), id);
  }

  @Public()
  @Query(() => [ParagraphDiff], { description: 'Paragraph by paragraph, in the order of the newer version.' })
  async draftDiff(@Args() args: DraftDiffArgs, @Ctx() ctx: RequestContext): Promise<ParagraphDiff[]> {
    return this.drafts.diff(await this.viewers.forRequest(ctx), args.fromDraftId, args.toDraftId);
  }

  @Authenticated()
  @RateLimit('DRAFT_PUBLISH')
  @Mutation(() => Draft, { description: 'A new version of the draft; officials of the consultation’s municipality.' })
  async publishDraft(@Args('input') input: PublishDraftInput, @Ctx() ctx: RequestContext): Promise<Draft> {
    return this.drafts.publish(await this.viewers.forRequest(ctx), input);
  }

  @ResolveField(() => [DraftParagraph])
  paragraphs(@Parent() draft: Draft, @Ctx() ctx: RequestContext): Promise<DraftParagraph[]> {
    return this.loaders.paragraphsOf(ctx).load(draft.id);
  }

  @ResolveField(() => UserSummary, { nullable: true })
  createdBy(@Parent() draft: Draft, @Ctx() ctx: RequestContext): Promise<UserSummary | null> | null {
    return draft.createdById ? this.accounts.userById(ctx).load(draft.createdById) : null;
  }
}
