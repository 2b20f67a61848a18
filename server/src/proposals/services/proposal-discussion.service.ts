import { Injectable } from '@nestjs/common';
import { ConsultationAction, ErrorCode, ThreadSubjectType } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { AuthState } from '../../common/request-context.js';
import { PhaseRulesService } from '../../consultations/services/phase-rules.service.js';
import type { ForumPost } from '../../forum/models/forum.model.js';
import { PostService } from '../../forum/services/post.service.js';
import type { ReplyToProposalInput } from '../dtos/reply-to-proposal.input.js';
import type { Proposal } from '../models/proposal.model.js';
import { canDiscussProposal } from '../proposals.policy.js';
import { ProposalRepository } from '../repositories/proposal.repository.js';
import { ProposalWriter } from './proposal-writer.service.js';

/** How much of the proposal its thread's opening post quotes. */
const QUOTE_MAX = 2_000;
const THREAD_TITLE_MAX = 200;

/** Another request opened the proposal's thread first; this one's thread is rolled back. */
class ThreadClaimedElsewhere extends Error {}

/**
 * A proposal's discussion is a forum thread about it (subject PROPOSAL),
 * opened on the first reply with the proposal quoted by its author, so
 * threading, markdown, mentions and live thread events are the forum's. The
 * forum's own reply refuses these threads (repliesGoThroughSubject): replies
 * come through here, where the consultation's phase rules apply.
 */
@Injectable()
export class ProposalDiscussionService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly writer: ProposalWriter,
    private readonly rules: PhaseRulesService,
    private readonly posts: PostService,
  ) {}

  async reply(viewer: Viewer, auth: AuthState, input: ReplyToProposalInput): Promise<ForumPost> {
    requireUser(viewer);
    const proposal = await this.writer.visible(viewer, input.proposalId);
    requireAccess(canDiscussProposal(viewer, proposal));
    await this.rules.require(proposal.consultationId, ConsultationAction.DISCUSS);
    // Without a thread there is no post to answer: refused before a thread is opened for nothing.
    if (input.parentId && !proposal.threadId) throw DomainError.notFound('The post you are replying to');
    const threadId = await this.ensureThread(viewer.userId, proposal);
    return this.posts.replyForSubject(
      auth,
      { threadId, body: input.body, parentId: input.parentId ?? null },
      async () => {},
    );
  }

  /** Two first replies at once open one thread: the second's is rolled back and it uses the first's. */
  private async ensureThread(replierId: string, proposal: Proposal): Promise<string> {
    if (proposal.threadId) return proposal.threadId;
    const categoryId = await this.proposals.threadCategory(proposal.consultationId, proposal.municipalityId);
    if (!categoryId) {
      throw new DomainError(ErrorCode.CONFLICT, 'The municipality has no forum category to hold the discussion.');
    }
    try {
      const thread = await this.posts.createThread(
        // The quoted proposal is its author's text; the forum only needs to know who writes.
        { userId: proposal.authorId ?? replierId, sessionId: '', isAdmin: false },
        {
          categoryId,
          title: `#${proposal.number} ${proposal.title}`.slice(0, THREAD_TITLE_MAX),
          body: quote(proposal.bodyMarkdown),
          subjectType: ThreadSubjectType.PROPOSAL,
          subjectId: proposal.id,
        },
        async (tx, opening) => {
          if (!(await this.proposals.claimThread(proposal.id, opening.threadId, tx)))
            throw new ThreadClaimedElsewhere();
        },
      );
      return thread.id;
    } catch (error) {
      if (!(error instanceof ThreadClaimedElsewhere)) throw error;
      return (await this.proposals.byId(proposal.id))!.threadId!;
    }
  }
}

/** The proposal as a markdown quote, shortened when long. */
function quote(source: string): string {
  const text = source.length > QUOTE_MAX ? `${source.slice(0, QUOTE_MAX)}…` : source;
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}
