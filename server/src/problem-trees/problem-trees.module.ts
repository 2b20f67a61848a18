import { Module, type OnModuleInit } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { MarkdownService } from '../forum/services/markdown.service.js';
import { ModerationCoreModule } from '../moderation/moderation-core.module.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { ObjectiveNodeResolver } from './objective-node.resolver.js';
import { ProblemTreeNodeResolver, ProblemTreeEvidenceResolver } from './problem-tree-node.resolver.js';
import { ProblemTreeResolver } from './problem-tree.resolver.js';
import { ProblemTreesController } from './problem-trees.controller.js';
import { ProblemTreeLoaders } from './problem-trees.loaders.js';
import { ObjectiveRepository } from './repositories/objective.repository.js';
import { ProblemTreeEventRepository } from './repositories/problem-tree-event.repository.js';
import { ProblemTreeRepository } from './repositories/problem-tree.repository.js';
import { TreeEvidenceRepository } from './repositories/tree-evidence.repository.js';
import { TreeNodeRepository } from './repositories/tree-node.repository.js';
import { ObjectivesService } from './services/objectives.service.js';
import { ProblemTreeEventService } from './services/problem-tree-event.service.js';
import { ProblemTreeService } from './services/problem-tree.service.js';
import { TreeDiscussionService } from './services/tree-discussion.service.js';
import { TreeNodeService } from './services/tree-node.service.js';
import { TreeNodeModeratable } from './services/tree-node.moderatable.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const problemTreeResolvers = [
  ProblemTreeResolver,
  ProblemTreeNodeResolver,
  ProblemTreeEvidenceResolver,
  ObjectiveNodeResolver,
];

/**
 * Problem trees built together live (a consultation's, or a standalone
 * workshop's), and the objectives trees made from them. Other features use
 * ProblemTreeService (e.g. the demo data).
 */
@Module({
  imports: [AccountsModule, ConsultationsModule, ForumModule, ModerationCoreModule],
  controllers: [ProblemTreesController],
  providers: [
    // The forum's renderer class (the one markdown renderer); stateless, so this module holds its own instance.
    MarkdownService,
    ProblemTreeRepository,
    TreeNodeRepository,
    TreeEvidenceRepository,
    ObjectiveRepository,
    ProblemTreeEventRepository,
    ProblemTreeEventService,
    ProblemTreeService,
    TreeNodeService,
    TreeDiscussionService,
    ObjectivesService,
    ProblemTreeLoaders,
    TreeNodeModeratable,
    ...problemTreeResolvers,
  ],
  exports: [ProblemTreeService, TreeNodeRepository, ProblemTreeRepository],
})
export class ProblemTreesModule implements OnModuleInit {
  constructor(
    private readonly realtime: RealtimeService,
    private readonly trees: ProblemTreeService,
  ) {}

  onModuleInit(): void {
    // A tree of an unpublished consultation is for those who manage it; its room too.
    this.realtime.guardRooms('problemTree', (treeId, userId) => this.trees.mayJoinRoom(userId, treeId));
  }
}
