import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { DraftResolver } from './draft.resolver.js';
import { DraftLoaders } from './drafts.loaders.js';
import { ParagraphResolver } from './paragraph.resolver.js';
import { DraftRepository } from './repositories/draft.repository.js';
import { OfficialAnswerRepository } from './repositories/official-answer.repository.js';
import { ParagraphRepository } from './repositories/paragraph.repository.js';
import { DraftService } from './services/draft.service.js';
import { ParagraphCommentService } from './services/paragraph-comment.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const draftResolvers = [DraftResolver, ParagraphResolver];

/** A consultation's draft document in versions, commented paragraph by paragraph through the forum. */
@Module({
  imports: [AccountsModule, ConsultationsModule, ForumModule],
  providers: [
    DraftRepository,
    ParagraphRepository,
    OfficialAnswerRepository,
    DraftService,
    ParagraphCommentService,
    DraftLoaders,
    ...draftResolvers,
  ],
})
export class DraftsModule {}
