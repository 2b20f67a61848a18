import { Injectable } from '@nestjs/common';
import { foldPolish, ProposalSort } from '@ratusz/shared';
import type { Viewer } from '../../common/policy/viewer.js';
import { ConsultationService } from '../../consultations/services/consultation.service.js';
import { SEARCH_LIMITS } from '../../forum/forum.limits.js';
import type { ProposalsArgs } from '../dtos/proposals.args.js';
import type { Proposal, ProposalConnection } from '../models/proposal.model.js';
import { canViewProposal } from '../proposals.policy.js';
import { cursorKeyOf, decodeProposalCursor, encodeProposalCursor } from '../proposal-cursor.js';
import { ProposalRepository } from '../repositories/proposal.repository.js';

/**
 * The words of a search as a `simple` tsquery, each a prefix, folded the way
 * the search column is (unaccent_pl), so "zolc" finds "żółć" — the forum
 * search's rules. Null when no word is long enough to search for.
 */
function proposalTsquery(search: string | null | undefined): string | null {
  if (!search) return null;
  const terms = [
    ...new Set(
      foldPolish(search)
        .split(/[^\p{L}\p{N}]+/u)
        .filter((term) => term.length >= SEARCH_LIMITS.termMin),
    ),
  ].slice(0, SEARCH_LIMITS.maxTerms);
  return terms.length ? terms.map((term) => `${term}:*`).join(' & ') : null;
}

const DEFAULT_PAGE = 20;

/** Reading proposals, with the consultation's visibility rule. */
@Injectable()
export class ProposalQueryService {
  constructor(
    private readonly proposals: ProposalRepository,
    private readonly consultations: ConsultationService,
  ) {}

  /** Null when there is no such proposal or the viewer may not see its consultation. */
  async byId(viewer: Viewer, id: string): Promise<Proposal | null> {
    const proposal = await this.proposals.byId(id);
    return proposal && canViewProposal(viewer, proposal) ? proposal : null;
  }

  async list(viewer: Viewer, args: ProposalsArgs): Promise<ProposalConnection> {
    const consultation = await this.consultations.getVisible(viewer, args.consultationId);
    const sort = args.sort ?? ProposalSort.NEWEST;
    const first = args.first ?? DEFAULT_PAGE;
    const after = decodeProposalCursor(args.after, sort);
    const search = args.search?.trim() ?? '';
    const tsquery = proposalTsquery(search);
    // Words too short to search for find nothing, rather than everything.
    if (search && !tsquery) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    const filter = {
      consultationId: consultation.id,
      status: args.status ?? null,
      serviceArea: args.serviceArea ?? null,
      tsquery,
    };
    // Anonymous visitors without a seed of their own share one order; the client keeps one per visitor.
    const seed = args.seed || viewer.userId || '';
    const [found, totalCount] = await Promise.all([
      this.proposals.page(filter, sort, seed, first + 1, after),
      this.proposals.count(filter),
    ]);
    const hasNextPage = found.length > first;
    const nodes = hasNextPage ? found.slice(0, first) : found;
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: { hasNextPage, endCursor: last ? encodeProposalCursor(cursorKeyOf(sort, last)) : null },
      totalCount,
    };
  }
}
