import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  CONSULTATION_TIME_ZONE,
  hiddenByModeratorPl,
  treeToLines,
  type ProblemTreeNodeKind,
  type ProblemTreeNodeStatus,
} from '@ratusz/shared';
import { one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { ConsultationReport, ReportData } from '../models/consultation-report.model.js';
import type { ReportPhaseFigures, ReportTotals } from '../models/report-figures.model.js';
import type { ReportDocument, ReportDraft, ReportMeeting } from '../models/report-sections.model.js';
import type { ReportProblemTree, ReportProposals } from '../models/report-slots.model.js';

/** A comment on a draft paragraph with where it stands, before grouping by version and paragraph. */
export interface CommentRow {
  draftVersion: number;
  paragraphNumber: number;
  paragraphSource: string;
  postId: string;
  number: number;
  authorName: string | null;
  bodySource: string | null;
  bodyHtml: string | null;
  createdAt: Date;
}

export interface AnswerRow {
  answeredPostId: string;
  postId: string;
  authorName: string | null;
  bodySource: string | null;
  bodyHtml: string | null;
  createdAt: Date;
}

/**
 * What counts as taking part, in one place for the per-phase figures and the
 * totals ($1 is the consultation id, $2 the time zone of phase dates):
 * replies in its discussion (the opening post restates the summary), comments
 * on its draft paragraphs (the opening post quotes the paragraph; officials'
 * answers are counted apart), and meeting registrations. Deleted posts stay
 * counted, like the forum's reply counts: they were written.
 */
const ACTIVITY_CTES = `
  discussion AS (
    SELECT p.author_id, p.created_at FROM forum_posts p JOIN forum_threads t ON t.id = p.thread_id
    WHERE t.subject_type = 'CONSULTATION' AND t.subject_id = $1 AND p.number > 1),
  paragraph_posts AS (
    SELECT p.id, p.author_id, p.created_at FROM forum_posts p
    JOIN draft_paragraphs dp ON dp.thread_id = p.thread_id JOIN drafts d ON d.id = dp.draft_id
    WHERE d.consultation_id = $1 AND p.number > 1),
  answers AS (
    SELECT pp.id, pp.created_at, a.answered_post_id FROM paragraph_posts pp
    JOIN draft_official_answers a ON a.post_id = pp.id),
  comments AS (
    SELECT pp.* FROM paragraph_posts pp WHERE NOT EXISTS (SELECT 1 FROM answers a WHERE a.id = pp.id)),
  registrations AS (
    SELECT r.user_id, r.registered_at, r.status FROM meeting_registrations r JOIN meetings m ON m.id = r.meeting_id
    WHERE m.consultation_id = $1),
  held AS (SELECT starts_at, minutes_at FROM meetings WHERE consultation_id = $1 AND cancelled_at IS NULL),
  -- Ballots online (counted when first cast: a changed ballot is still one vote) and on paper.
  ballot_votes AS (
    SELECT cb.voter_id AS user_id, cb.first_cast_at AS at FROM cast_ballots cb
    JOIN ballots b ON b.id = cb.ballot_id WHERE b.consultation_id = $1
    UNION ALL SELECT NULL::uuid, pb.entered_at FROM paper_ballots pb
    JOIN ballots b ON b.id = pb.ballot_id WHERE b.consultation_id = $1),
  proposal_authors AS (SELECT author_id, created_at FROM proposals WHERE consultation_id = $1),
  activity AS (
    SELECT author_id AS user_id, created_at AS at FROM discussion
    UNION ALL SELECT author_id, created_at FROM comments
    UNION ALL SELECT user_id, registered_at FROM registrations
    UNION ALL SELECT author_id, created_at FROM proposal_authors
    UNION ALL SELECT user_id, at FROM ballot_votes WHERE user_id IS NOT NULL)`;

/** The calendar day of an instant in the consultation's time zone. */
const day = (column: string) => `(${column} AT TIME ZONE $2)::date`;
const inPhase = (column: string) => `${day(column)} BETWEEN ph.starts_on AND ph.ends_on`;

const REPORT_COLUMNS = `r.id, r.consultation_id AS "consultationId", r.version, r.generated_at AS "generatedAt",
  r.generated_by AS "generatedById", r.data`;

/** Keys of stored report data holding instants, written as ISO strings by JSON. */
const INSTANT_KEYS = new Set(['createdAt', 'startsAt', 'endsAt']);

/** JSON gives instants back as strings; the models (and the GraphQL DateTime scalar) want Dates. */
function reviveInstants(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reviveInstants);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      INSTANT_KEYS.has(key) && typeof inner === 'string' ? new Date(inner) : reviveInstants(inner),
    ]),
  );
}

interface StoredReportRow {
  id: string;
  consultationId: string;
  version: number;
  generatedAt: Date;
  generatedById: string | null;
  data: ReportData;
}

function toReport({ data, ...row }: StoredReportRow): ConsultationReport {
  const revived = reviveInstants(data) as ReportData;
  return {
    ...row,
    consultation: revived.consultation,
    phases: revived.phases,
    totals: revived.totals,
    drafts: revived.drafts,
    comments: revived.comments,
    meetings: revived.meetings,
    documents: revived.documents,
    proposals: revived.proposals,
    ballot: revived.ballot,
    problemTree: revived.problemTree,
  };
}

/**
 * The report's SQL: the aggregations that compute its figures from the
 * consultation's discussion, draft comments, meetings and documents, and the
 * table keeping the generated versions.
 */
@Injectable()
export class ReportRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One row per phase of the timeline, in order. */
  phaseFigures(consultationId: string, tx: Queryable = this.db): Promise<ReportPhaseFigures[]> {
    return rows<ReportPhaseFigures>(
      tx,
      `WITH ${ACTIVITY_CTES}
       SELECT ph.kind, to_char(ph.starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ph.ends_on, 'YYYY-MM-DD') AS "endsOn",
         (SELECT count(DISTINCT user_id) FROM activity WHERE ${inPhase('at')})::int AS people,
         (SELECT count(*) FROM discussion WHERE ${inPhase('created_at')})::int AS "discussionPosts",
         (SELECT count(*) FROM comments WHERE ${inPhase('created_at')})::int AS "paragraphComments",
         (SELECT count(*) FROM answers WHERE ${inPhase('created_at')})::int AS "officialAnswers",
         (SELECT count(*) FROM held WHERE ${inPhase('starts_at')})::int AS meetings,
         (SELECT count(*) FROM registrations WHERE ${inPhase('registered_at')})::int AS registrations,
         (SELECT count(*) FROM proposals pr WHERE pr.consultation_id = $1 AND ${inPhase('pr.created_at')})::int
           AS proposals,
         (SELECT count(*) FROM ballot_votes v WHERE ${inPhase('v.at')})::int AS votes
       FROM consultation_phases ph WHERE ph.consultation_id = $1 ORDER BY ph.position`,
      [consultationId, CONSULTATION_TIME_ZONE],
    );
  }

  async totals(consultationId: string, tx: Queryable = this.db): Promise<ReportTotals> {
    const found = await one<ReportTotals>(
      tx,
      `WITH ${ACTIVITY_CTES}
       SELECT
         (SELECT count(DISTINCT user_id) FROM activity)::int AS people,
         (SELECT count(*) FROM discussion)::int AS "discussionPosts",
         (SELECT count(*) FROM comments)::int AS "paragraphComments",
         (SELECT count(*) FROM comments c WHERE EXISTS (SELECT 1 FROM answers a WHERE a.answered_post_id = c.id))::int
           AS "answeredComments",
         (SELECT count(*) FROM comments c WHERE NOT EXISTS (SELECT 1 FROM answers a WHERE a.answered_post_id = c.id))::int
           AS "unansweredComments",
         (SELECT count(*) FROM answers)::int AS "officialAnswers",
         (SELECT count(*) FROM held)::int AS meetings,
         (SELECT count(*) FROM held WHERE minutes_at IS NOT NULL)::int AS "meetingsWithMinutes",
         (SELECT count(*) FROM registrations WHERE status = 'REGISTERED')::int AS registrations,
         (SELECT count(*) FROM registrations WHERE status = 'WAITING')::int AS "waitingList",
         (SELECT count(*) FROM documents WHERE consultation_id = $1 AND kind = 'CONSULTATION')::int AS documents,
         (SELECT count(*) FROM drafts WHERE consultation_id = $1)::int AS "draftVersions",
         (SELECT count(*) FROM proposals WHERE consultation_id = $1)::int AS proposals,
         (SELECT count(*) FROM ballot_votes)::int AS votes
`,
      [consultationId],
    );
    return found!;
  }

  /** The proposals' figures by status, or null when the consultation has none. */
  async proposals(consultationId: string, tx: Queryable = this.db): Promise<ReportProposals | null> {
    const found = await one<ReportProposals>(
      tx,
      `SELECT count(*)::int AS submitted, coalesce(sum(support_count), 0)::int AS supports,
         count(*) FILTER (WHERE status = 'SUBMITTED')::int AS awaiting,
         count(*) FILTER (WHERE status = 'UNDER_REVIEW')::int AS "underReview",
         count(*) FILTER (WHERE status = 'ACCEPTED')::int AS accepted,
         count(*) FILTER (WHERE status = 'REJECTED')::int AS rejected,
         count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn,
         count(*) FILTER (WHERE status = 'IMPLEMENTED')::int AS implemented
       FROM proposals WHERE consultation_id = $1`,
      [consultationId],
    );
    return found && found.submitted > 0 ? found : null;
  }

  /** Every version of the draft, oldest first. */
  drafts(consultationId: string, tx: Queryable = this.db): Promise<ReportDraft[]> {
    return rows<ReportDraft>(
      tx,
      `SELECT d.id AS "draftId", d.version, d.title, d.created_at AS "createdAt",
         (SELECT count(*) FROM draft_paragraphs p WHERE p.draft_id = d.id)::int AS "paragraphCount",
         (SELECT count(*) FROM draft_paragraphs p JOIN forum_posts fp ON fp.thread_id = p.thread_id AND fp.number > 1
          WHERE p.draft_id = d.id
            AND NOT EXISTS (SELECT 1 FROM draft_official_answers a WHERE a.post_id = fp.id))::int AS "commentCount"
       FROM drafts d WHERE d.consultation_id = $1 ORDER BY d.version`,
      [consultationId],
    );
  }

  /** Residents' comments on the draft, by version, paragraph and thread order. */
  comments(consultationId: string, tx: Queryable = this.db): Promise<CommentRow[]> {
    return rows<CommentRow>(
      tx,
      `SELECT d.version AS "draftVersion", dp.number AS "paragraphNumber", dp.source AS "paragraphSource",
         p.id AS "postId", p.number, u.display_name AS "authorName",
         p.body_source AS "bodySource", p.body_html AS "bodyHtml", p.created_at AS "createdAt"
       FROM drafts d
       JOIN draft_paragraphs dp ON dp.draft_id = d.id
       JOIN forum_posts p ON p.thread_id = dp.thread_id AND p.number > 1
       LEFT JOIN users u ON u.id = p.author_id
       WHERE d.consultation_id = $1
         AND NOT EXISTS (SELECT 1 FROM draft_official_answers a WHERE a.post_id = p.id)
       ORDER BY d.version, dp.number, p.number`,
      [consultationId],
    );
  }

  /** The officials' answers to the consultation's draft comments, oldest first. */
  answers(consultationId: string, tx: Queryable = this.db): Promise<AnswerRow[]> {
    return rows<AnswerRow>(
      tx,
      `SELECT a.answered_post_id AS "answeredPostId", p.id AS "postId", u.display_name AS "authorName",
         p.body_source AS "bodySource", p.body_html AS "bodyHtml", p.created_at AS "createdAt"
       FROM draft_official_answers a
       JOIN draft_paragraphs dp ON dp.id = a.paragraph_id JOIN drafts d ON d.id = dp.draft_id
       JOIN forum_posts p ON p.id = a.post_id
       LEFT JOIN users u ON u.id = p.author_id
       WHERE d.consultation_id = $1
       ORDER BY p.created_at, p.id`,
      [consultationId],
    );
  }

  meetings(consultationId: string, tx: Queryable = this.db): Promise<ReportMeeting[]> {
    return rows<ReportMeeting>(
      tx,
      `SELECT m.id AS "meetingId", m.kind, m.title, m.starts_at AS "startsAt", m.ends_at AS "endsAt", m.address,
         m.online_url AS "onlineUrl", m.capacity,
         (SELECT count(*) FROM meeting_registrations r WHERE r.meeting_id = m.id AND r.status = 'REGISTERED')::int
           AS registered,
         (SELECT count(*) FROM meeting_registrations r WHERE r.meeting_id = m.id AND r.status = 'WAITING')::int
           AS waiting,
         m.cancelled_at IS NOT NULL AS cancelled,
         m.minutes_source AS "minutesSource", m.minutes_html AS "minutesHtml"
       FROM meetings m WHERE m.consultation_id = $1 ORDER BY m.starts_at, m.id`,
      [consultationId],
    );
  }

  documents(consultationId: string, tx: Queryable = this.db): Promise<ReportDocument[]> {
    return rows<ReportDocument>(
      tx,
      `SELECT id AS "documentId", title, file_name AS "fileName", mime_type AS "mimeType",
         size_bytes::int AS "sizeBytes", created_at AS "createdAt"
       FROM documents WHERE consultation_id = $1 AND kind = 'CONSULTATION' ORDER BY created_at, id`,
      [consultationId],
    );
  }

  /** The names the report prints for the consultation. */
  async consultationNames(
    consultationId: string,
    tx: Queryable = this.db,
  ): Promise<{ municipalityName: string; organiserName: string | null }> {
    const found = await one<{ municipalityName: string; organiserName: string | null }>(
      tx,
      `SELECT m.name AS "municipalityName", u.display_name AS "organiserName"
       FROM consultations c JOIN municipalities m ON m.id = c.municipality_id
       LEFT JOIN users u ON u.id = c.organiser_id WHERE c.id = $1`,
      [consultationId],
    );
    return found!;
  }

  /**
   * The consultation's problem tree: accepted nodes, residents' suggestions
   * (whatever became of them) and the accepted tree as indented lines; null
   * without a tree.
   */
  async problemTree(consultationId: string, tx: Queryable = this.db): Promise<ReportProblemTree | null> {
    const nodes = await rows<{
      id: string;
      kind: ProblemTreeNodeKind;
      parentId: string | null;
      position: number;
      text: string;
      status: ProblemTreeNodeStatus;
      suggested: boolean;
      hidden: boolean;
      hiddenReason: string | null;
    }>(
      tx,
      `SELECT n.id, n.kind, n.parent_id AS "parentId", n.position, n.text, n.status, n.suggested,
         n.hidden_at IS NOT NULL AS hidden, n.hidden_reason AS "hiddenReason"
       FROM problem_tree_nodes n JOIN problem_trees t ON t.id = n.tree_id WHERE t.consultation_id = $1`,
      [consultationId],
    );
    if (nodes.length === 0) return null;
    // The report is public: a hidden node's text is not in it.
    const accepted = nodes
      .filter((node) => node.status === 'ACCEPTED')
      .map((node) => (node.hidden ? { ...node, text: hiddenByModeratorPl(node.hiddenReason) } : node));
    return {
      nodes: accepted.length,
      suggestions: nodes.filter((node) => node.suggested).length,
      lines: treeToLines(accepted),
    };
  }

  /** Stores a new version; the caller holds the consultation's lock, so versions do not race. */
  async insert(
    values: { consultationId: string; generatedAt: Date; generatedById: string | null; data: ReportData },
    tx: Queryable,
  ): Promise<ConsultationReport> {
    const inserted = await returningOne<StoredReportRow>(
      tx,
      `INSERT INTO consultation_reports AS r (consultation_id, version, generated_at, generated_by, data)
       VALUES ($1, (SELECT coalesce(max(version), 0) + 1 FROM consultation_reports WHERE consultation_id = $1),
               $2, $3, $4::jsonb)
       RETURNING ${REPORT_COLUMNS}`,
      [values.consultationId, values.generatedAt, values.generatedById, JSON.stringify(values.data)],
    );
    return toReport(inserted!);
  }

  async latest(consultationId: string, tx: Queryable = this.db): Promise<ConsultationReport | null> {
    const found = await one<StoredReportRow>(
      tx,
      `SELECT ${REPORT_COLUMNS} FROM consultation_reports r WHERE r.consultation_id = $1
       ORDER BY r.version DESC LIMIT 1`,
      [consultationId],
    );
    return found && toReport(found);
  }
}
