import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { BallotEligibility, BallotMethod, BallotOptionSource, BallotResultsVisibility } from '@ratusz/shared';
import { groupByKeys, mapByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { BallotOption } from '../models/ballot-option.model.js';
import type { Ballot } from '../models/ballot.model.js';

const BALLOT_COLUMNS = `b.id, b.consultation_id AS "consultationId", b.method, b.max_choices AS "maxChoices",
  b.points_total AS "pointsTotal", b.points_per_option_max AS "pointsPerOptionMax",
  b.option_source AS "optionSource", b.results_visibility AS "resultsVisibility", b.eligibility,
  b.frozen_at AS "frozenAt", c.municipality_id AS "municipalityId", c.status AS "consultationStatus"`;

const FROM_BALLOTS = 'ballots b JOIN consultations c ON c.id = b.consultation_id';

const OPTION_COLUMNS = `o.id, o.ballot_id AS "ballotId", o.position, o.label,
  o.service_area_code AS "serviceAreaCode", o.proposal_id AS "proposalId",
  CASE WHEN sa.code IS NULL THEN NULL
       ELSE json_build_object('code', sa.code, 'namePl', sa.name_pl, 'nameEn', sa.name_en) END AS "serviceArea"`;

/** A ballot's configuration, as stored. */
export interface BallotConfig {
  method: BallotMethod;
  maxChoices: number | null;
  pointsTotal: number | null;
  pointsPerOptionMax: number | null;
  optionSource: BallotOptionSource;
  resultsVisibility: BallotResultsVisibility;
  eligibility: BallotEligibility;
}

/** Ballots, their configuration and their options. */
@Injectable()
export class BallotRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  byId(id: string, tx: Queryable = this.db): Promise<Ballot | null> {
    return one<Ballot>(tx, `SELECT ${BALLOT_COLUMNS} FROM ${FROM_BALLOTS} WHERE b.id = $1`, [id]);
  }

  async byIds(ids: readonly string[]): Promise<(Ballot | null)[]> {
    const found = await rows<Ballot>(
      this.db,
      `SELECT ${BALLOT_COLUMNS} FROM ${FROM_BALLOTS} WHERE b.id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (b) => b.id, null);
  }

  async byConsultationIds(ids: readonly string[], tx: Queryable = this.db): Promise<(Ballot | null)[]> {
    const found = await rows<Ballot>(
      tx,
      `SELECT ${BALLOT_COLUMNS} FROM ${FROM_BALLOTS} WHERE b.consultation_id = ANY($1::uuid[])`,
      [ids],
    );
    return mapByKeys(ids, found, (b) => b.consultationId, null);
  }

  /** Locks the ballot row until the transaction ends: configuration, option changes and the freeze queue behind it. */
  lockById(id: string, tx: Queryable): Promise<Ballot | null> {
    return one<Ballot>(tx, `SELECT ${BALLOT_COLUMNS} FROM ${FROM_BALLOTS} WHERE b.id = $1 FOR UPDATE OF b`, [id]);
  }

  /**
   * Locks the ballot only while it is not frozen; false once it is. A caller queued behind the freezing transaction
   * is answered when that one commits, with false; PostgreSQL leaves it the row's lock, so it should end its
   * transaction at once.
   */
  async lockUnfrozen(id: string, tx: Queryable): Promise<boolean> {
    const found = await rows(tx, `SELECT 1 FROM ballots WHERE id = $1 AND frozen_at IS NULL FOR UPDATE`, [id]);
    return found.length > 0;
  }

  lockByConsultationId(consultationId: string, tx: Queryable): Promise<Ballot | null> {
    return one<Ballot>(
      tx,
      `SELECT ${BALLOT_COLUMNS} FROM ${FROM_BALLOTS} WHERE b.consultation_id = $1 FOR UPDATE OF b`,
      [consultationId],
    );
  }

  /** Throws the unique violation of `ballots_consultation_id_key` when the consultation has one already. */
  async insert(consultationId: string, config: BallotConfig, configuredBy: string, tx: Queryable): Promise<string> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO ballots (consultation_id, method, max_choices, points_total, points_per_option_max, option_source,
         results_visibility, eligibility, configured_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [consultationId, ...configValues(config), configuredBy],
    );
    return inserted!.id;
  }

  async update(id: string, config: BallotConfig, configuredBy: string, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE ballots SET method = $2, max_choices = $3, points_total = $4, points_per_option_max = $5,
         option_source = $6, results_visibility = $7, eligibility = $8, configured_by = $9, updated_at = now()
       WHERE id = $1 AND frozen_at IS NULL`,
      [id, ...configValues(config), configuredBy],
    );
  }

  /** Sets frozen_at once; the caller holds the ballot's lock. */
  async freeze(id: string, at: Date, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE ballots SET frozen_at = $2 WHERE id = $1 AND frozen_at IS NULL`, [id, at]);
  }

  async optionsByBallotIds(ids: readonly string[], tx: Queryable = this.db): Promise<BallotOption[][]> {
    const found = await rows<BallotOption>(
      tx,
      `SELECT ${OPTION_COLUMNS} FROM ballot_options o LEFT JOIN service_areas sa ON sa.code = o.service_area_code
       WHERE o.ballot_id = ANY($1::uuid[])
       ORDER BY o.ballot_id, o.position, o.id`,
      [ids],
    );
    return groupByKeys(ids, found, (o) => o.ballotId);
  }

  /**
   * The options follow the source: the 8 service areas in their order, or
   * the consultation's accepted proposals (ACCEPTED, or already IMPLEMENTED:
   * carrying one out early must not drop it from the ballot), oldest first. Options that stay
   * keep their ids (a voter's open form still points at them); the rest are
   * removed and the new ones added. Only while the ballot is not frozen
   * (the caller holds its lock). Returns whether anything changed.
   */
  async syncOptions(ballotId: string, source: BallotOptionSource, tx: Queryable): Promise<boolean> {
    const wanted =
      source === 'SERVICE_AREAS'
        ? `SELECT sa.code AS service_area_code, NULL::uuid AS proposal_id, sa.name_pl AS label,
             row_number() OVER (ORDER BY sa.position, sa.code) - 1 AS position
           FROM service_areas sa`
        : `SELECT NULL::text AS service_area_code, p.id AS proposal_id, left(p.title, 300) AS label,
             row_number() OVER (ORDER BY p.created_at, p.id) - 1 AS position
           FROM proposals p JOIN ballots b ON b.consultation_id = p.consultation_id
           WHERE b.id = $1 AND p.status IN ('ACCEPTED', 'IMPLEMENTED')`;
    const [changed] = await rows<{ removed: number; added: number; moved: number }>(
      tx,
      `WITH wanted AS (${wanted}),
       removed AS (
         DELETE FROM ballot_options o WHERE o.ballot_id = $1 AND NOT EXISTS (
           SELECT 1 FROM wanted w WHERE w.service_area_code IS NOT DISTINCT FROM o.service_area_code
             AND w.proposal_id IS NOT DISTINCT FROM o.proposal_id)
         RETURNING 1),
       moved AS (
         UPDATE ballot_options o SET position = w.position, label = w.label FROM wanted w
         WHERE o.ballot_id = $1 AND w.service_area_code IS NOT DISTINCT FROM o.service_area_code
           AND w.proposal_id IS NOT DISTINCT FROM o.proposal_id AND (o.position, o.label) <> (w.position, w.label)
         RETURNING 1),
       added AS (
         INSERT INTO ballot_options (ballot_id, position, label, service_area_code, proposal_id)
         SELECT $1, w.position, w.label, w.service_area_code, w.proposal_id FROM wanted w
         WHERE NOT EXISTS (SELECT 1 FROM ballot_options o WHERE o.ballot_id = $1
           AND o.service_area_code IS NOT DISTINCT FROM w.service_area_code
           AND o.proposal_id IS NOT DISTINCT FROM w.proposal_id)
         RETURNING 1)
       SELECT (SELECT count(*) FROM removed)::int AS removed, (SELECT count(*) FROM added)::int AS added,
              (SELECT count(*) FROM moved)::int AS moved`,
      [ballotId],
    );
    return changed.removed + changed.added + changed.moved > 0;
  }

  /**
   * Whether the options differ from what the source gives now (ACCEPTED
   * proposals may have changed since), without writing: a read checks this
   * before taking the lock to sync.
   */
  async proposalOptionsStale(ballotId: string): Promise<boolean> {
    const found = await one<{ stale: boolean }>(
      this.db,
      `SELECT EXISTS (
         SELECT p.id, left(p.title, 300) FROM proposals p JOIN ballots b ON b.consultation_id = p.consultation_id
         WHERE b.id = $1 AND p.status IN ('ACCEPTED', 'IMPLEMENTED')
         EXCEPT SELECT o.proposal_id, o.label FROM ballot_options o WHERE o.ballot_id = $1
       ) OR EXISTS (
         SELECT 1 FROM ballot_options o LEFT JOIN proposals p ON p.id = o.proposal_id
         WHERE o.ballot_id = $1 AND (p.id IS NULL OR p.status NOT IN ('ACCEPTED', 'IMPLEMENTED'))
       ) AS stale`,
      [ballotId],
    );
    return found?.stale ?? false;
  }

  /**
   * The home municipality of the user and every municipality above it (its
   * powiat, the city of a district), any depth: the user is a resident of
   * each of these. Empty without a home municipality.
   */
  async homeChain(userId: string, tx: Queryable = this.db): Promise<string[]> {
    const found = await rows<{ id: string }>(
      tx,
      `WITH RECURSIVE chain AS (
         SELECT m.id, m.parent_id, 0 AS depth FROM users u JOIN municipalities m ON m.id = u.home_municipality_id
         WHERE u.id = $1
         UNION ALL
         SELECT p.id, p.parent_id, chain.depth + 1 FROM municipalities p JOIN chain ON p.id = chain.parent_id
         WHERE chain.depth < 20
       ) SELECT id FROM chain`,
      [userId],
    );
    return found.map((row) => row.id);
  }

  /** Whether a meeting exists and belongs to the consultation (paper ballots name where they were collected). */
  async meetingOfConsultation(meetingId: string, consultationId: string): Promise<boolean> {
    return (
      (await one(this.db, 'SELECT 1 FROM meetings WHERE id = $1 AND consultation_id = $2', [
        meetingId,
        consultationId,
      ])) !== null
    );
  }
}

function configValues(config: BallotConfig): unknown[] {
  return [
    config.method,
    config.maxChoices,
    config.pointsTotal,
    config.pointsPerOptionMax,
    config.optionSource,
    config.resultsVisibility,
    config.eligibility,
  ];
}
