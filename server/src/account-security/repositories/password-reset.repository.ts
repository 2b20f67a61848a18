import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { one, returning, type Queryable } from '../../common/database/sql.js';

/** Single-use reset tokens, stored as SHA-256 hashes: the database never holds a usable link. */
@Injectable()
export class PasswordResetRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  userByEmail(email: string): Promise<{ id: string; email: string } | null> {
    return one(this.db, `SELECT id, email FROM users WHERE email = $1`, [email]);
  }

  /** A new token; the user's earlier unused ones stop working, so only the latest e-mail's link does. */
  async replace(userId: string, tokenHash: Buffer, expiresInMinutes: number, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE password_reset_tokens SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [userId]);
    await tx.query(
      `INSERT INTO password_reset_tokens (token_hash, user_id, expires_at)
       VALUES ($1, $2, now() + make_interval(mins => $3))`,
      [tokenHash, userId, expiresInMinutes],
    );
  }

  /** Uses the token if it is valid: answers its user, or null (unknown, used or expired). */
  async consume(tokenHash: Buffer, tx: Queryable): Promise<string | null> {
    const used = await returning<{ userId: string }>(
      tx,
      `UPDATE password_reset_tokens SET used_at = now()
       WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
       RETURNING user_id AS "userId"`,
      [tokenHash],
    );
    return used[0]?.userId ?? null;
  }

  async setPasswordHash(userId: string, passwordHash: string, tx: Queryable): Promise<void> {
    await tx.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
  }

  async revokeSessions(userId: string, tx: Queryable): Promise<string[]> {
    const revoked = await returning<{ id: string }>(
      tx,
      `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL RETURNING id`,
      [userId],
    );
    return revoked.map((row) => row.id);
  }
}
