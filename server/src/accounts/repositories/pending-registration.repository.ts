import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { returningOne, type Queryable } from '../../common/database/sql.js';
import type { NewUser } from './user.repository.js';

/** Sign-ups waiting for the e-mailed link; the token is stored only as its SHA-256. */
@Injectable()
export class PendingRegistrationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** One per address: a new sign-up replaces the older one, so only the latest e-mail's link works. */
  async replace(tokenHash: Buffer, user: NewUser, expiresInHours: number, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO pending_registrations
         (token_hash, email, display_name, password_hash, home_municipality_id, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))
       ON CONFLICT (email) DO UPDATE SET
         token_hash = EXCLUDED.token_hash, display_name = EXCLUDED.display_name,
         password_hash = EXCLUDED.password_hash, home_municipality_id = EXCLUDED.home_municipality_id,
         created_at = now(), expires_at = EXCLUDED.expires_at`,
      [tokenHash, user.email, user.displayName, user.passwordHash, user.homeMunicipalityId, expiresInHours],
    );
  }

  async deleteByEmail(email: string, tx: Queryable): Promise<void> {
    await tx.query(`DELETE FROM pending_registrations WHERE email = $1`, [email]);
  }

  /**
   * Uses the token: deletes its row and answers it, or null when it is unknown,
   * used or expired. Deleting (not reading) makes two simultaneous uses safe:
   * the second finds nothing.
   */
  take(tokenHash: Buffer, tx: Queryable): Promise<NewUser | null> {
    return returningOne<NewUser>(
      tx,
      `DELETE FROM pending_registrations WHERE token_hash = $1 AND expires_at > now()
       RETURNING email, display_name AS "displayName", password_hash AS "passwordHash",
                 home_municipality_id AS "homeMunicipalityId"`,
      [tokenHash],
    );
  }

  async deleteExpired(): Promise<void> {
    await this.db.query(`DELETE FROM pending_registrations WHERE expires_at <= now()`);
  }
}
