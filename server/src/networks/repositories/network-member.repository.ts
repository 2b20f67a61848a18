import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { groupByKeys, one, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { NetworkCoordinator, NetworkMember } from '../models/network-member.model.js';

const MEMBER_COLUMNS = `m.network_id AS "networkId", m.municipality_id AS "municipalityId", m.position,
  m.joined_at AS "joinedAt"`;
const COORDINATOR_COLUMNS = `c.network_id AS "networkId", c.user_id AS "userId", c.granted_at AS "grantedAt"`;

export const MEMBER_MUNICIPALITY_FK = 'network_members_municipality_id_fkey';
export const COORDINATOR_USER_FK = 'network_coordinators_user_id_fkey';

/** Members (in hosting order) and coordinators of networks; both lists are short, so they are read whole. */
@Injectable()
export class NetworkMemberRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async membersOf(networkIds: readonly string[], db: Queryable = this.db): Promise<NetworkMember[][]> {
    const found = await rows<NetworkMember>(
      db,
      `SELECT ${MEMBER_COLUMNS} FROM network_members m WHERE m.network_id = ANY($1::uuid[])
       ORDER BY m.position, m.joined_at, m.municipality_id`,
      [networkIds],
    );
    return groupByKeys(networkIds, found, (member) => member.networkId);
  }

  async coordinatorsOf(networkIds: readonly string[]): Promise<NetworkCoordinator[][]> {
    const found = await rows<NetworkCoordinator>(
      this.db,
      `SELECT ${COORDINATOR_COLUMNS} FROM network_coordinators c WHERE c.network_id = ANY($1::uuid[])
       ORDER BY c.granted_at, c.user_id`,
      [networkIds],
    );
    return groupByKeys(networkIds, found, (coordinator) => coordinator.networkId);
  }

  async isMember(networkId: string, municipalityId: string, db: Queryable = this.db): Promise<boolean> {
    return (
      (await one(db, `SELECT 1 FROM network_members WHERE network_id = $1 AND municipality_id = $2`, [
        networkId,
        municipalityId,
      ])) !== null
    );
  }

  /** Appends at the end of the hosting order; null when it was a member already. */
  addMember(networkId: string, municipalityId: string, tx: Queryable): Promise<NetworkMember | null> {
    return returningOne<NetworkMember>(
      tx,
      `INSERT INTO network_members AS m (network_id, municipality_id, position)
       VALUES ($1, $2, (SELECT coalesce(max(position) + 1, 0) FROM network_members WHERE network_id = $1))
       ON CONFLICT DO NOTHING
       RETURNING ${MEMBER_COLUMNS}`,
      [networkId, municipalityId],
    );
  }

  async removeMember(networkId: string, municipalityId: string, tx: Queryable): Promise<boolean> {
    const removed = await returningOne<{ networkId: string }>(
      tx,
      `DELETE FROM network_members WHERE network_id = $1 AND municipality_id = $2 RETURNING network_id AS "networkId"`,
      [networkId, municipalityId],
    );
    return removed !== null;
  }

  async memberCount(networkId: string, tx: Queryable): Promise<number> {
    const found = await one<{ count: number }>(
      tx,
      `SELECT count(*)::int AS count FROM network_members WHERE network_id = $1`,
      [networkId],
    );
    return found?.count ?? 0;
  }

  async addCoordinator(networkId: string, userId: string, tx: Queryable): Promise<void> {
    await tx.query(`INSERT INTO network_coordinators (network_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
      networkId,
      userId,
    ]);
  }

  async removeCoordinator(networkId: string, userId: string, tx: Queryable): Promise<boolean> {
    const removed = await returningOne<{ userId: string }>(
      tx,
      `DELETE FROM network_coordinators WHERE network_id = $1 AND user_id = $2 RETURNING user_id AS "userId"`,
      [networkId, userId],
    );
    return removed !== null;
  }

  /** The account named by its handle or its e-mail (both stored normalised), or null. */
  async userIdBy(by: { handle: string } | { email: string }, tx: Queryable): Promise<string | null> {
    const found =
      'handle' in by
        ? await one<{ id: string }>(tx, `SELECT id FROM users WHERE handle = $1`, [by.handle])
        : await one<{ id: string }>(tx, `SELECT id FROM users WHERE email = $1`, [by.email]);
    return found?.id ?? null;
  }
}
