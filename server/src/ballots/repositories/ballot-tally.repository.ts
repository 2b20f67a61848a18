import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKeys, rows, type Queryable } from '../../common/database/sql.js';

/** Sums per option and source: approvals (choices), points, first preferences. */
export interface OptionTallyRow {
  ballotId: string;
  optionId: string;
  paper: boolean;
  choices: number;
  points: number;
  firsts: number;
}

/** Identical rankings counted together (RANKED ballots), options in preference order. */
export interface RankingRow {
  ballotId: string;
  ranking: string[];
  count: number;
}

/** Online choices that count: those of each cast ballot's current revision. */
const ONLINE_CHOICES = `SELECT cb.ballot_id, cb.id AS holder, c.option_id, c.points, c.rank
  FROM cast_ballots cb JOIN cast_ballot_choices c ON c.cast_ballot_id = cb.id AND c.revision = cb.revision
  WHERE cb.ballot_id = ANY($1::uuid[])`;

const PAPER_CHOICES = `SELECT pb.ballot_id, pb.id AS holder, c.option_id, c.points, c.rank
  FROM paper_ballots pb JOIN paper_ballot_choices c ON c.paper_ballot_id = pb.id
  WHERE pb.ballot_id = ANY($1::uuid[])`;

/**
 * The results, computed from the stored ballots on every read: there is no
 * counter to drift, and one statement reads one consistent snapshot.
 */
@Injectable()
export class BallotTallyRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async optionTallies(ballotIds: readonly string[], tx: Queryable = this.db): Promise<OptionTallyRow[][]> {
    const found = await rows<OptionTallyRow>(
      tx,
      `SELECT ballot_id AS "ballotId", option_id AS "optionId", paper, count(*)::int AS choices,
         coalesce(sum(points), 0)::int AS points, (count(*) FILTER (WHERE rank = 1))::int AS firsts
       FROM (SELECT *, false AS paper FROM (${ONLINE_CHOICES}) o
             UNION ALL SELECT *, true FROM (${PAPER_CHOICES}) p) choices
       GROUP BY ballot_id, option_id, paper`,
      [ballotIds],
    );
    return groupByKeys(ballotIds, found, (row) => row.ballotId);
  }

  /** Every distinct ranking with its count, online and paper together (the Schulze method counts ballots). */
  async rankings(ballotIds: readonly string[], tx: Queryable = this.db): Promise<RankingRow[][]> {
    const found = await rows<RankingRow>(
      tx,
      `SELECT ballot_id AS "ballotId", ranking, count(*)::int AS count FROM (
         SELECT ballot_id, array_agg(option_id::text ORDER BY rank) AS ranking
         FROM (${ONLINE_CHOICES} UNION ALL ${PAPER_CHOICES}) choices
         GROUP BY ballot_id, holder) ballots
       GROUP BY ballot_id, ranking`,
      [ballotIds],
    );
    return groupByKeys(ballotIds, found, (row) => row.ballotId);
  }
}
