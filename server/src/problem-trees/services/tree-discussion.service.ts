import { Injectable } from '@nestjs/common';
import { ConsultationAction, ErrorCode, ThreadSubjectType, type ProblemTreeEvent } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { AuthState } from '../../common/request-context.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import type { ForumPost } from '../../forum/models/forum.model.js';
import { PostService } from '../../forum/services/post.service.js';
import type { ReplyToProblemTreeNodeInput } from '../dtos/reply-to-problem-tree-node.input.js';
import { toLiveNode } from '../live-node.mapper.js';
import type { ProblemTreeNode } from '../models/problem-tree-node.model.js';
import type { ProblemTreeRow } from '../problem-tree-row.js';
import { canParticipateInTree } from '../problem-trees.policy.js';
import { ProblemTreeRepository } from '../repositories/problem-tree.repository.js';
import { TreeNodeRepository } from '../repositories/tree-node.repository.js';
import { ProblemTreeEventService } from './problem-tree-event.service.js';
import { nodeNotFound, ProblemTreeService } from './problem-tree.service.js';

const TITLE_MAX = 200;

/** Another request opened the node's thread first; this one's thread is rolled back. */
class ThreadClaimedElsewhere extends Error {}

/**
 * A node's discussion is a forum thread (subject PROBLEM_TREE_NODE) opened
 * on the first reply, quoting the node, so threading, markdown, mentions and
 * live thread events are the forum's. Replies go through here, where the
 * consultation's DISCUSS phase rule applies, and the tree's live event is
 * written in the forum's own transaction.
 */
@Injectable()
export class TreeDiscussionService {
  constructor(
    private readonly trees: ProblemTreeService,
    private readonly treeRows: ProblemTreeRepository,
    private readonly nodes: TreeNodeRepository,
    private readonly rules: PhaseRulesService,
    private readonly events: ProblemTreeEventService,
    private readonly posts: PostService,
  ) {}

  async reply(viewer: Viewer, auth: AuthState, input: ReplyToProblemTreeNodeInput): Promise<ForumPost> {
    requireUser(viewer);
    const node = await this.nodes.byId(input.nodeId);
    if (!node) throw nodeNotFound();
    const tree = await this.trees.getVisible(viewer, node.treeId);
    requireAccess(canParticipateInTree(viewer, tree));
    const timeline = await this.trees.timeline(tree);
    if (timeline) this.rules.check(timeline, ConsultationAction.DISCUSS);
    // A node without a thread has no reply to answer: refused before a thread is opened for nothing.
    if (input.parentId && !node.threadId) throw DomainError.notFound('The post you are replying to');
    const threadId = await this.ensureThread(viewer.userId, tree, node);
    const recorded: ProblemTreeEvent[] = [];
    const post = await this.posts.replyForSubject(
      auth,
      { threadId, body: input.body, parentId: input.parentId ?? null },
      async (tx, written) => {
        // The tree's lock numbers its events in commit order.
        await this.treeRows.lock(tree.id, tx);
        const current = await this.nodes.byId(node.id, tx);
        if (!current) throw nodeNotFound();
        recorded.push(
          await this.events.record(tx, tree.id, {
            kind: 'node.discussed',
            node: toLiveNode(current),
            postId: written.id,
          }),
        );
      },
    );
    this.events.publish(recorded);
    return post;
  }

  /** The node's thread, opened on its first reply by the node's author with the node quoted. */
  private async ensureThread(replierId: string, tree: ProblemTreeRow, node: ProblemTreeNode): Promise<string> {
    if (node.threadId) return node.threadId;
    const categoryId = await this.treeRows.threadCategory(tree.consultationId, tree.municipalityId);
    if (!categoryId) {
      throw new DomainError(ErrorCode.CONFLICT, 'The municipality has no forum category to hold the discussion.');
    }
    try {
      const thread = await this.posts.createThread(
        // The quoted node is its author's text; the forum only needs to know who writes.
        { userId: node.authorId ?? replierId, sessionId: '', isAdmin: false },
        {
          categoryId,
          title: `${tree.title}: ${node.text}`.slice(0, TITLE_MAX),
          body: `> ${node.text}`,
          subjectType: ThreadSubjectType.PROBLEM_TREE_NODE,
          subjectId: node.id,
        },
        async (tx, opening) => {
          if (!(await this.nodes.claimThread(node.id, opening.threadId, tx))) throw new ThreadClaimedElsewhere();
        },
      );
      return thread.id;
    } catch (error) {
      if (!(error instanceof ThreadClaimedElsewhere)) throw error;
      const claimed = await this.nodes.byId(node.id);
      if (!claimed?.threadId) throw nodeNotFound();
      return claimed.threadId;
    }
  }
}
