import type { ConsultationTab } from '../tabs';
import { DocumentsTab } from '../../documents/components/DocumentsTab';
import { DraftTab } from '../../drafts/components/DraftTab';
import { MeetingsTab } from '../../meetings/components/MeetingsTab';
import { VoteTab } from '../../ballots/components/VoteTab';
import { ProposalsTab } from '../../proposals/components/ProposalsTab';
import { ProblemTreeTab } from '../../problem-trees/components/ProblemTreeTab';
import { ReportTab } from '../../reports/components/ReportTab';
import { DiscussionTab } from './DiscussionTab';

/**
 * THE list of a consultation's tabs, in the order they are shown. To add a
 * feature's tab, give its entry a `panel` (a component taking
 * `{ consultation }`, e.g. `({ consultation }) => <DocumentsTab consultationId={consultation.id} />`)
 * and say in `available` when it has something to show. Entries whose panel
 * is null are not built yet and stay hidden, as do unavailable ones.
 */
export const CONSULTATION_TABS: readonly ConsultationTab[] = [
  { id: 'discussion', panel: DiscussionTab, available: (consultation) => consultation.discussionThread !== null },
  // Empty tabs are hidden from residents; organisers see them, to fill them.
  {
    id: 'documents',
    panel: DocumentsTab,
    available: (consultation) => consultation.viewerCanManage || consultation.contentCounts.documents > 0,
  },
  {
    id: 'draft',
    panel: DraftTab,
    available: (consultation) => consultation.viewerCanManage || consultation.contentCounts.drafts > 0,
  },
  {
    id: 'meetings',
    panel: MeetingsTab,
    available: (consultation) => consultation.viewerCanManage || consultation.contentCounts.meetings > 0,
  },
  {
    id: 'proposals',
    panel: ProposalsTab,
    // Shown where the timeline collects proposals, and wherever some were made.
    available: (consultation) =>
      consultation.viewerCanManage ||
      consultation.contentCounts.proposals > 0 ||
      consultation.phases.some((p) => p.kind === 'PROPOSALS'),
  },
  {
    id: 'problemTree',
    panel: ProblemTreeTab,
    available: (consultation) => consultation.viewerCanManage || consultation.contentCounts.problemTreeNodes > 0,
  },
  {
    id: 'vote',
    panel: VoteTab,
    available: (consultation) =>
      consultation.viewerCanManage ||
      consultation.contentCounts.ballots > 0 ||
      consultation.phases.some((p) => p.kind === 'VOTING'),
  },
  {
    id: 'report',
    panel: ReportTab,
    // Shown where the timeline leads to a report, and to the organisers (who see why they cannot generate one yet).
    available: (consultation) =>
      consultation.viewerCanManage || consultation.phases.some((p) => p.kind === 'REPORT' || p.kind === 'CLOSED'),
  },
];
