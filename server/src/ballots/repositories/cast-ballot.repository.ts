import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ConsultationPhaseKind } from '@ratusz/shared';
import { sharedBatchLoader } from '../../common/database/shared-batch.js';
import { mapByKeys, one, rows, type Queryable } from '../../common/database/sql.js';
import type { StoredPhase } from '../../consultations/repositories/consultation-phase.repository.js';
import { blockInForce } from '../../moderation/blocks.js';
import type { BallotChoice, CastBallot } from '../models/cast-ballot.model.js';

/** The unique constraint a new receipt can (very rarely) collide with. */
export const RECEIPT_CONSTRAINT = 'cast_ballots_receipt_uq';

/** What a cast needs to know in one read: the ballot's rules, its options and whether the voter lives there. */
export interface CastContext {
  id: string;
  consultationId: string;
  method: 'APPROVAL' | 'POINTS' | 'RANKED';
  maxChoices: number | null;
  pointsTotal: number | null;
  pointsPerOptionMax: number | null;
  eligibility: 'RESIDENTS' | 'ANY_REGISTERED';
  resultsVisibility: 'AFTER_CLOSE' | 'LIVE';
  frozen: boolean;
  municipalityId: string;
  consultationStatus: 'DRAFT' | 'PUBLISHED';
  optionIds: string[];
  /** The voter's home municipality is the consultation's or lies inside it. */
  resident: boolean;
  /** The consultation's timeline, for the phase rules (read here to spare the cast two statements). */
  advancedTo: ConsultationPhaseKind | null;
  phases: StoredPhase[];
}

/** One voter's ballot to store. */
export interface NewCast {
  ballotId: string;
  voterId: string;
  receipt: string;
  at: Date;
  choices: readonly BallotChoice[];
  /** The consultation's municipality: a voter blocked there casts nothing. */
  municipalityId: string;
}

/** Choices in columns, as the statements take them (unnest of parallel arrays). */
interface ChoiceColumns {
  optionIds: string[];
  points: (number | null)[];
  ranks: (number | null)[];
}

function columns(choices: readonly BallotChoice[]): ChoiceColumns {
  return {
    optionIds: choices.map((c) => c.optionId),
    points: choices.map((c) => c.points),
    ranks: choices.map((c) => c.rank),
  };
}

/**
 * Ballots cast online and entered from paper. Every statement that reads a
 * voter's choices takes that voter's id: there is no way here to read
 * someone else's ballot.
 */
@Injectable()
export class CastBallotRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The ballot's rules and options, the consultation's timeline and the
   * voter's residency, in one statement (the cast's only read). Residency
   * walks up from the voter's home municipality (a gmina to its powiat, a
   * district to its city) and asks whether the consultation's municipality
   * is on the way.
   */
  castContext(ballotId: string, voterId: string, tx?: Queryable): Promise<CastContext | null> {
    // Outside a transaction (every cast but a ballot's first) concurrent voters' reads share one statement.
    if (!tx) return this.sharedContexts.load({ ballotId, voterId });
    return this.contexts([{ ballotId, voterId }], tx).then(([context]) => context);
  }

  private readonly sharedContexts = sharedBatchLoader((keys: readonly { ballotId: string; voterId: string }[]) =>
    this.contexts(keys, this.db),
  );

  /** One context per (ballot, voter), in order; null where the ballot does not exist. */
  private async contexts(
    keys: readonly { ballotId: string; voterId: string }[],
    tx: Queryable,
  ): Promise<(CastContext | null)[]> {
    const found = await rows<CastContext & { position: string }>(
      tx,
      `SELECT k.position::text AS position, ctx.*
       FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS k(ballot_id, voter_id, position)
       CROSS JOIN LATERAL (
         WITH RECURSIVE chain AS (
           SELECT m.id, m.parent_id, 0 AS depth FROM users u JOIN municipalities m ON m.id = u.home_municipality_id
           WHERE u.id = k.voter_id
           UNION ALL
           SELECT p.id, p.parent_id, chain.depth + 1 FROM municipalities p JOIN chain ON p.id = chain.parent_id
           WHERE chain.depth < 20)
         SELECT b.id, b.consultation_id AS "consultationId", b.method, b.max_choices AS "maxChoices",
           b.points_total AS "pointsTotal", b.points_per_option_max AS "pointsPerOptionMax", b.eligibility,
           b.results_visibility AS "resultsVisibility", b.frozen_at IS NOT NULL AS frozen,
           c.municipality_id AS "municipalityId", c.status AS "consultationStatus",
           ARRAY(SELECT o.id::text FROM ballot_options o WHERE o.ballot_id = b.id ORDER BY o.position) AS "optionIds",
           EXISTS (SELECT 1 FROM chain WHERE chain.id = c.municipality_id) AS resident,
           c.advanced_to AS "advancedTo",
           coalesce((SELECT json_agg(json_build_object('id', p.id, 'consultationId', p.consultation_id,
               'position', p.position, 'kind', p.kind, 'startsOn', p.starts_on::text, 'endsOn', p.ends_on::text)
               ORDER BY p.position)
             FROM consultation_phases p WHERE p.consultation_id = c.id), '[]') AS phases
         FROM ballots b JOIN consultations c ON c.id = b.consultation_id WHERE b.id = k.ballot_id) ctx`,
      [keys.map((k) => k.ballotId), keys.map((k) => k.voterId)],
    );
    return mapByKeys(
      keys.map((_, i) => String(i + 1)),
      found,
      (row) => row.position,
      null,
      ({ position: _, ...context }) => context,
    );
  }

  /**
   * Casts or replaces the voter's ballot in one statement: the voter's one
   * row is inserted, or (ON CONFLICT) its revision goes up and the receipt
   * stays; the choices are written under the new revision and older ones
   * deleted. Two casts by one voter at once queue on the row; the tallies
   * count only the choices of each row's current revision, so even then
   * exactly the last ballot counts. A voter blocked in the municipality
   * casts nothing (null).
   *
   * Outside a transaction, concurrent voters' casts share the statement.
   */
  async upsert(values: NewCast, tx?: Queryable): Promise<{ receipt: string; castAt: Date } | null> {
    if (!tx) return this.sharedUpserts.load(values);
    return (await this.upsertAll([values], tx))[0];
  }

  private readonly sharedUpserts = sharedBatchLoader<NewCast, { receipt: string; castAt: Date } | null>(
    async (casts) => {
      const answers: ({ receipt: string; castAt: Date } | null | Error)[] = new Array(casts.length);
      // One voter at most once per statement (ON CONFLICT touches a row once): a second cast of the same voter
      // goes in the next round, after the first, so the later one counts as it would alone.
      let pending = casts.map((cast, index) => ({ cast, index }));
      while (pending.length > 0) {
        const seen = new Set<string>();
        const round: typeof pending = [];
        const later: typeof pending = [];
        for (const item of pending) {
          const voter = `${item.cast.ballotId}:${item.cast.voterId}`;
          (seen.has(voter) ? later : round).push(item);
          seen.add(voter);
        }
        try {
          const written = await this.upsertAll(
            round.map((item) => item.cast),
            this.db,
          );
          round.forEach((item, i) => (answers[item.index] = written[i]));
        } catch {
          // One failure (a receipt taken, very rarely) must not fail the others: each on its own, with its own error.
          for (const item of round) {
            try {
              answers[item.index] = (await this.upsertAll([item.cast], this.db))[0];
            } catch (error) {
              answers[item.index] = error instanceof Error ? error : new Error(String(error));
            }
          }
        }
        pending = later;
      }
      return answers;
    },
  );

  private async upsertAll(
    casts: readonly NewCast[],
    tx: Queryable,
  ): Promise<({ receipt: string; castAt: Date } | null)[]> {
    const positions = casts.flatMap((cast, i) => cast.choices.map(() => i + 1));
    const { optionIds, points, ranks } = columns(casts.flatMap((cast) => cast.choices));
    // The block check (moderation's requireNotBlocked, whose error the caller then raises) is this statement's
    // condition: checked and written at one moment. Rows are written in key order, so concurrent statements
    // lock voters' rows in one order.
    const found = await rows<{ position: string; receipt: string; castAt: Date }>(
      tx,
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::timestamptz[], $5::uuid[])
           WITH ORDINALITY AS i(ballot_id, voter_id, receipt, at, municipality_id, position)),
       cast_row AS (
         INSERT INTO cast_ballots AS cb (ballot_id, voter_id, receipt, first_cast_at, cast_at)
         SELECT ballot_id, voter_id, receipt, at, at FROM input
         WHERE NOT EXISTS (SELECT 1 FROM moderation_sanctions s
           WHERE s.user_id = input.voter_id AND s.municipality_id = input.municipality_id AND ${blockInForce('s')})
         ORDER BY ballot_id, voter_id
         ON CONFLICT ON CONSTRAINT cast_ballots_voter_uq
           DO UPDATE SET revision = cb.revision + 1, cast_at = excluded.cast_at
         RETURNING cb.id, cb.ballot_id, cb.voter_id, cb.revision, cb.receipt, cb.cast_at),
       cleared AS (
         DELETE FROM cast_ballot_choices c USING cast_row
         WHERE c.cast_ballot_id = cast_row.id AND c.revision < cast_row.revision),
       added AS (
         INSERT INTO cast_ballot_choices (cast_ballot_id, revision, option_id, points, rank)
         SELECT cast_row.id, cast_row.revision, ch.option_id, ch.points, ch.rank
         FROM unnest($6::int[], $7::uuid[], $8::int[], $9::int[]) AS ch(position, option_id, points, rank)
         JOIN input ON input.position = ch.position
         JOIN cast_row ON cast_row.ballot_id = input.ballot_id AND cast_row.voter_id = input.voter_id)
       SELECT input.position::text AS position, cast_row.receipt, cast_row.cast_at AS "castAt"
       FROM input JOIN cast_row ON cast_row.ballot_id = input.ballot_id AND cast_row.voter_id = input.voter_id`,
      [
        casts.map((c) => c.ballotId),
        casts.map((c) => c.voterId),
        casts.map((c) => c.receipt),
        casts.map((c) => c.at),
        casts.map((c) => c.municipalityId),
        positions,
        optionIds,
        points,
        ranks,
      ],
    );
    return mapByKeys(
      casts.map((_, i) => String(i + 1)),
      found,
      (row) => row.position,
      null,
      ({ receipt, castAt }) => ({ receipt, castAt }),
    );
  }

  /** The viewer's own ballot on each of these ballots (null where they have not voted). */
  async ofVoter(voterId: string, ballotIds: readonly string[]): Promise<(CastBallot | null)[]> {
    const found = await rows<CastBallot & { ballotId: string }>(
      this.db,
      `SELECT cb.ballot_id AS "ballotId", cb.receipt, cb.cast_at AS "castAt",
         coalesce(json_agg(json_build_object('optionId', c.option_id, 'points', c.points, 'rank', c.rank)
           ORDER BY c.rank NULLS LAST, c.option_id) FILTER (WHERE c.option_id IS NOT NULL), '[]') AS choices
       FROM cast_ballots cb
       LEFT JOIN cast_ballot_choices c ON c.cast_ballot_id = cb.id AND c.revision = cb.revision
       WHERE cb.voter_id = $1 AND cb.ballot_id = ANY($2::uuid[])
       GROUP BY cb.id`,
      [voterId, ballotIds],
    );
    return mapByKeys(
      ballotIds,
      found,
      (row) => row.ballotId,
      null,
      ({ receipt, castAt, choices }) => ({
        receipt,
        castAt,
        choices,
      }),
    );
  }

  /** Online ballots cast and paper ballots entered, per ballot. */
  async counts(ballotIds: readonly string[], tx: Queryable = this.db): Promise<{ online: number; paper: number }[]> {
    const found = await rows<{ ballotId: string; online: number; paper: number }>(
      tx,
      `SELECT b.id AS "ballotId",
         (SELECT count(*) FROM cast_ballots cb WHERE cb.ballot_id = b.id)::int AS online,
         (SELECT count(*) FROM paper_ballots pb WHERE pb.ballot_id = b.id)::int AS paper
       FROM ballots b WHERE b.id = ANY($1::uuid[])`,
      [ballotIds],
    );
    return mapByKeys(
      ballotIds,
      found,
      (row) => row.ballotId,
      { online: 0, paper: 0 },
      ({ online, paper }) => ({
        online,
        paper,
      }),
    );
  }

  /**
   * Stores paper ballots in two statements whatever their number: the
   * ballots (numbered in the order given) and all their choices.
   */
  async insertPaper(
    values: { ballotId: string; meetingId: string | null; enteredBy: string; ballots: readonly BallotChoice[][] },
    tx: Queryable,
  ): Promise<void> {
    // Ids made here, so each ballot's choices know their ballot without relying on RETURNING's order.
    const ids = values.ballots.map(() => randomUUID());
    await tx.query(
      `INSERT INTO paper_ballots (id, ballot_id, meeting_id, entered_by)
       SELECT id, $2, $3, $4 FROM unnest($1::uuid[]) AS id`,
      [ids, values.ballotId, values.meetingId, values.enteredBy],
    );
    const paperIds = values.ballots.flatMap((choices, index) => choices.map(() => ids[index]));
    const { optionIds, points, ranks } = columns(values.ballots.flat());
    await tx.query(
      `INSERT INTO paper_ballot_choices (paper_ballot_id, option_id, points, rank)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[])`,
      [paperIds, optionIds, points, ranks],
    );
  }

  /** A page of the counted receipts, in alphabetical order, after `after`. */
  receipts(ballotId: string, limit: number, after: string | null): Promise<{ receipt: string }[]> {
    return rows<{ receipt: string }>(
      this.db,
      `SELECT receipt FROM cast_ballots WHERE ballot_id = $1 AND ($2::text IS NULL OR receipt > $2)
       ORDER BY receipt LIMIT $3`,
      [ballotId, after, limit],
    );
  }

  async receiptCount(ballotId: string): Promise<number> {
    const found = await one<{ count: number }>(
      this.db,
      'SELECT count(*)::int AS count FROM cast_ballots WHERE ballot_id = $1',
      [ballotId],
    );
    return found?.count ?? 0;
  }
}
