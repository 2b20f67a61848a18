import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SessionRevokedPayload } from '@ratusz/shared';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { AuthState } from '../../common/request-context.js';
import { RealtimeService } from '../../realtime/realtime.service.js';

export interface SessionRow {
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ip: string | null;
}

/** Writing last_seen_at on every request would turn reads into writes; once a few minutes is enough. */
const TOUCH_INTERVAL_SECONDS = 300;

// UPDATE … RETURNING sits inside a CTE throughout: TypeORM's query() answers a bare
// UPDATE or DELETE with [rows, count] instead of the rows.

function hashToken(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}

@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly realtime: RealtimeService,
  ) {}

  get ttlSeconds(): number {
    return this.config.sessionTtlDays * 24 * 3600;
  }

  async create(
    userId: string,
    meta: { userAgent?: string | null; ip?: string | null },
  ): Promise<{ token: string; sessionId: string }> {
    const token = randomBytes(32).toString('base64url');
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO sessions (user_id, token_hash, expires_at, user_agent, ip)
       VALUES ($1, $2, now() + make_interval(secs => $3), $4, $5) RETURNING id`,
      [userId, hashToken(token), this.ttlSeconds, meta.userAgent?.slice(0, 300) ?? null, meta.ip ?? null],
    );
    return { token, sessionId: rows[0].id };
  }

  /** The session behind a cookie token, or null when it is unknown, expired or revoked. */
  /** The session's end comes along, so a long-lived socket can log itself out when it passes. */
  async authenticate(token: string | undefined): Promise<(AuthState & { expiresAt: Date }) | null> {
    if (!token || token.length > 100) return null;
    const rows: { session_id: string; user_id: string; is_admin: boolean; stale: boolean; expires_at: Date }[] =
      await this.db.query(
        `SELECT s.id AS session_id, s.user_id, u.is_admin, s.expires_at,
              s.last_seen_at < now() - make_interval(secs => $2) AS stale
       FROM sessions s JOIN users u ON u.id = s.user_id
       WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
        [hashToken(token), TOUCH_INTERVAL_SECONDS],
      );
    const row = rows[0];
    if (!row) return null;
    if (row.stale) {
      await this.db.query('UPDATE sessions SET last_seen_at = now() WHERE id = $1', [row.session_id]);
    }
    return { sessionId: row.session_id, userId: row.user_id, isAdmin: row.is_admin, expiresAt: row.expires_at };
  }

  async listActive(userId: string, limit: number): Promise<SessionRow[]> {
    return this.db.query(
      `SELECT id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
              user_agent AS "userAgent", ip
       FROM sessions WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
       ORDER BY last_seen_at DESC, id LIMIT $2`,
      [userId, limit],
    );
  }

  /** Revokes one of the user's own sessions; returns false when there was none to revoke. */
  async revoke(userId: string, sessionId: string, reason: SessionRevokedPayload['reason']): Promise<boolean> {
    const rows: { id: string }[] = await this.db.query(
      `WITH revoked AS (UPDATE sessions SET revoked_at = now()
                        WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id)
       SELECT id FROM revoked`,
      [sessionId, userId],
    );
    await this.realtime.endSessions(
      rows.map((r) => r.id),
      reason,
    );
    return rows.length > 0;
  }

  async revokeAll(userId: string): Promise<number> {
    const rows: { id: string }[] = await this.db.query(
      `WITH revoked AS (UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id)
       SELECT id FROM revoked`,
      [userId],
    );
    await this.realtime.endSessions(
      rows.map((r) => r.id),
      'LOGOUT_EVERYWHERE',
    );
    return rows.length;
  }
}
