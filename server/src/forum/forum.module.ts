import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import {
  ForumCategoryFieldsResolver,
  ForumPostFieldsResolver,
  ForumThreadFieldsResolver,
  PostRevisionFieldsResolver,
  SearchHitFieldsResolver,
} from './forum-fields.resolver.js';
import { ForumLoaders } from './forum.loaders.js';
import { ForumResolver } from './forum.resolver.js';
import { CategoryService } from './services/category.service.js';
import { ForumAccessService } from './services/forum-access.service.js';
import { ForumEventService } from './services/forum-event.service.js';
import { MarkdownService } from './services/markdown.service.js';
import { PostRendererService } from './services/post-renderer.service.js';
import { PostService } from './services/post.service.js';
import { SearchService } from './services/search.service.js';
import { ThreadService } from './services/thread.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const forumResolvers = [
  ForumResolver,
  ForumCategoryFieldsResolver,
  ForumThreadFieldsResolver,
  ForumPostFieldsResolver,
  PostRevisionFieldsResolver,
  SearchHitFieldsResolver,
];

@Module({
  imports: [AccountsModule, MunicipalitiesModule],
  providers: [
    MarkdownService,
    PostRendererService,
    ForumAccessService,
    ForumEventService,
    CategoryService,
    ThreadService,
    PostService,
    SearchService,
    ForumLoaders,
    ...forumResolvers,
  ],
  // The seed writes its demo debate through the same services as everyone else.
  exports: [PostService, ThreadService],
})
export class ForumModule {}
