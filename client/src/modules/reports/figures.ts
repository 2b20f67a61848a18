import type { ConsultationReportFieldsFragment, ReportPhaseFiguresFieldsFragment } from '../../gql/graphql';

/** The figures counted per phase and for the whole consultation, in the order tables show them. */
export const FIGURE_KEYS = [
  'people',
  'discussionPosts',
  'paragraphComments',
  'officialAnswers',
  'meetings',
  'registrations',
  'proposals',
  'votes',
] as const satisfies readonly (keyof ReportPhaseFiguresFieldsFragment)[];
export type FigureKey = (typeof FIGURE_KEYS)[number];

/**
 * The whole consultation in the per-phase columns: people once each, and
 * registrations as every seat and waiting place held (as the CSV's last row).
 */
export function totalFigures(totals: ConsultationReportFieldsFragment['totals']): Record<FigureKey, number> {
  return {
    people: totals.people,
    discussionPosts: totals.discussionPosts,
    paragraphComments: totals.paragraphComments,
    officialAnswers: totals.officialAnswers,
    meetings: totals.meetings,
    registrations: totals.registrations + totals.waitingList,
    proposals: totals.proposals,
    votes: totals.votes,
  };
}

type ReportComment = ConsultationReportFieldsFragment['comments'][number];

interface CommentedParagraph {
  number: number;
  source: string;
  comments: ReportComment[];
}

export interface CommentedVersion {
  version: number;
  title: string;
  paragraphs: CommentedParagraph[];
}

/** The flat comment list (ordered by version, paragraph, thread) grouped for headings. */
export function groupComments(report: ConsultationReportFieldsFragment): CommentedVersion[] {
  const versions: CommentedVersion[] = [];
  for (const comment of report.comments) {
    let version = versions.at(-1);
    if (version?.version !== comment.draftVersion) {
      const draft = report.drafts.find((d) => d.version === comment.draftVersion);
      version = { version: comment.draftVersion, title: draft?.title ?? '', paragraphs: [] };
      versions.push(version);
    }
    let paragraph = version.paragraphs.at(-1);
    if (paragraph?.number !== comment.paragraphNumber) {
      paragraph = { number: comment.paragraphNumber, source: comment.paragraphSource, comments: [] };
      version.paragraphs.push(paragraph);
    }
    paragraph.comments.push(comment);
  }
  return versions;
}
