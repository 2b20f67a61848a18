import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { sharedBatchLoader } from '../../common/database/shared-batch.js';
import { mapByKeys, one, returning, returningOne, rows, type Queryable } from '../../common/database/sql.js';

/** A session as its owner sees it in the list of logins. */
export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
}

/** An unexpired, unrevoked session found by its cookie token. */
export interface ActiveSession {
  sessionId: string;
  userId: string;
  isAdmin: boolean;
  expiresAt: Date;
  /** last_seen_at is older than the touch interval. */
  stale: boolean;
}

const SESSION_COLUMNS = `id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
                         user_agent AS "userAgent", ip`;

@Injectable()
export class SessionRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    session: { userId: string; tokenHash: Buffer; ttlSeconds: number; userAgent: string | null; ip: string | null },
    tx: Queryable = this.db,
  ): Promise<string> {
    const created = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO sessions (user_id, token_hash, expires_at, user_agent, ip)
       VALUES ($1, $2, now() + make_interval(secs => $3), $4, $5) RETURNING id`,
      [session.userId, session.tokenHash, session.ttlSeconds, session.userAgent, session.ip],
    );
    return created!.id;
  }

  /** Every request looks its session up: concurrent requests' lookups share one statement. */
  private readonly activeByTokenHash = sharedBatchLoader(
    async (keys: readonly { tokenHash: Buffer; touchIntervalSeconds: number }[]) => {
      const found = await rows<ActiveSession & { tokenHash: string }>(
        this.db,
        `SELECT encode(s.token_hash, 'hex') AS "tokenHash", s.id AS "sessionId", s.user_id AS "userId",
                u.is_admin AS "isAdmin", s.expires_at AS "expiresAt",
                s.last_seen_at < now() - make_interval(secs => $2) AS stale
         FROM sessions s JOIN users u ON u.id = s.user_id
         WHERE s.token_hash = ANY($1::bytea[]) AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [keys.map((k) => k.tokenHash), keys[0].touchIntervalSeconds],
      );
      return mapByKeys(
        keys.map((k) => k.tokenHash.toString('hex')),
        found,
        (row) => row.tokenHash,
        null,
        ({ tokenHash: _, ...session }) => session,
      );
    },
  );

  findActiveByTokenHash(tokenHash: Buffer, touchIntervalSeconds: number): Promise<ActiveSession | null> {
    return this.activeByTokenHash.load({ tokenHash, touchIntervalSeconds });
  }

  async touch(sessionId: string): Promise<void> {
    await this.db.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [sessionId]);
  }

  /** The user's unexpired, unrevoked sessions, most recently used first. */
  listActive(userId: string, limit: number): Promise<SessionRow[]> {
    return rows<SessionRow>(
      this.db,
      `SELECT ${SESSION_COLUMNS}
       FROM sessions WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
       ORDER BY last_seen_at DESC, id LIMIT $2`,
      [userId, limit],
    );
  }

  /** Who owns a session that has not been revoked yet, or null. */
  findUnrevoked(sessionId: string): Promise<{ id: string; userId: string } | null> {
    return one(this.db, 'SELECT id, user_id AS "userId" FROM sessions WHERE id = $1 AND revoked_at IS NULL', [
      sessionId,
    ]);
  }

  /** Revokes the session unless that already happened; the ids actually revoked (zero or one). */
  async revoke(sessionId: string): Promise<string[]> {
    const revoked = await returning<{ id: string }>(
      this.db,
      'UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id',
      [sessionId],
    );
    return revoked.map((row) => row.id);
  }

  /** Revokes every session of the user still open; their ids. */
  async revokeAllOf(userId: string): Promise<string[]> {
    const revoked = await returning<{ id: string }>(
      this.db,
      'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id',
      [userId],
    );
    return revoked.map((row) => row.id);
  }

  /** Deletes sessions that ended (revoked or expired) more than `days` ago. */
  async deleteEndedBefore(days: number): Promise<void> {
    await this.db.query(
      'DELETE FROM sessions WHERE coalesce(revoked_at, expires_at) < now() - make_interval(days => $1)',
      [days],
    );
  }
}
