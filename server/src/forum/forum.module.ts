import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ModerationCoreModule } from '../moderation/moderation-core.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { OrganisationMembershipModule } from '../organisations/organisation-membership.module.js';
import { CategoryResolver } from './category.resolver.js';
import { ForumLoaders } from './forum.loaders.js';
import { PostResolver, PostRevisionResolver } from './post.resolver.js';
import { CategoryRepository } from './repositories/category.repository.js';
import { ForumEventRepository } from './repositories/forum-event.repository.js';
import { MentionRepository } from './repositories/mention.repository.js';
import { PostRepository } from './repositories/post.repository.js';
import { ReactionRepository } from './repositories/reaction.repository.js';
import { ReadPositionRepository } from './repositories/read-position.repository.js';
import { SearchRepository } from './repositories/search.repository.js';
import { ThreadRepository } from './repositories/thread.repository.js';
import { SearchResolver } from './search.resolver.js';
import { CategoryService } from './services/category.service.js';
import { ForumEventService } from './services/forum-event.service.js';
import { MarkdownService } from './services/markdown.service.js';
import { PostReadService } from './services/post-read.service.js';
import { PostRendererService } from './services/post-renderer.service.js';
import { PostModeratable } from './services/post.moderatable.js';
import { PostService } from './services/post.service.js';
import { SearchService } from './services/search.service.js';
import { ThreadModeratable } from './services/thread.moderatable.js';
import { ThreadService } from './services/thread.service.js';
import { ThreadResolver } from './thread.resolver.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const forumResolvers = [CategoryResolver, ThreadResolver, PostResolver, PostRevisionResolver, SearchResolver];

@Module({
  imports: [AccountsModule, MunicipalitiesModule, ModerationCoreModule, OrganisationMembershipModule],
  providers: [
    CategoryRepository,
    ThreadRepository,
    PostRepository,
    ReactionRepository,
    ReadPositionRepository,
    MentionRepository,
    ForumEventRepository,
    SearchRepository,
    MarkdownService,
    PostRendererService,
    ForumEventService,
    CategoryService,
    ThreadService,
    PostService,
    PostReadService,
    SearchService,
    ForumLoaders,
    // Posts and threads join moderation by registering themselves (moderation/moderatable-content.ts).
    PostModeratable,
    ThreadModeratable,
    ...forumResolvers,
  ],
  // The seed (and features that open a debate about their subject) write threads and posts through these services.
  exports: [PostService, ThreadService],
})
export class ForumModule {}
