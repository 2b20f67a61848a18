import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { one, returning, rows, type Queryable } from '../../common/database/sql.js';

/** A table that may not exist in every deployment stage (e.g. a feature's migration not applied yet). */
type Section = Record<string, unknown>[];

/**
 * What a user's data download holds and how an account is deleted. Only the
 * user's own rows: others' posts are left out, and of ballots only that the
 * user voted and the receipt (never the choices, which would break secrecy).
 */
@Injectable()
export class AccountDataRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  profile(userId: string): Promise<Record<string, unknown> | null> {
    return one(
      this.db,
      `SELECT u.id, u.email, u.display_name AS "displayName", u.handle, u.home_municipality_id AS "homeMunicipalityId",
         u.is_admin AS "isAdmin", u.created_at AS "createdAt", u.updated_at AS "updatedAt"
       FROM users u WHERE u.id = $1 AND u.deleted_at IS NULL`,
      [userId],
    );
  }

  async sections(userId: string): Promise<Record<string, Section>> {
    const q = (sql: string): Promise<Section> => rows<Record<string, unknown>>(this.db, sql, [userId]);
    const [roles, sessions, threads, posts, proposals, supports, consultationFollows, threadFollows] =
      await Promise.all([
        q(
          `SELECT municipality_id AS "municipalityId", role, created_at AS "createdAt" FROM role_grants WHERE user_id = $1`,
        ),
        q(`SELECT id, created_at AS "createdAt", last_seen_at AS "lastSeenAt", expires_at AS "expiresAt",
           revoked_at AS "revokedAt", user_agent AS "userAgent", ip FROM sessions WHERE user_id = $1 ORDER BY created_at`),
        q(`SELECT id, category_id AS "categoryId", title, created_at AS "createdAt" FROM forum_threads
         WHERE author_id = $1 ORDER BY created_at`),
        q(`SELECT id, thread_id AS "threadId", parent_id AS "parentId", body_source AS "body", stance,
           created_at AS "createdAt", edited_at AS "editedAt", deleted_at AS "deletedAt"
         FROM forum_posts WHERE author_id = $1 ORDER BY created_at`),
        q(`SELECT id, consultation_id AS "consultationId", title, body_source AS "body", status, created_at AS "createdAt"
         FROM proposals WHERE author_id = $1 ORDER BY created_at`),
        q(`SELECT proposal_id AS "proposalId", created_at AS "createdAt" FROM proposal_supports WHERE user_id = $1`),
        q(
          `SELECT consultation_id AS "consultationId", created_at AS "createdAt" FROM consultation_follows WHERE user_id = $1`,
        ),
        q(`SELECT thread_id AS "threadId", created_at AS "createdAt" FROM thread_follows WHERE user_id = $1`),
      ]);
    const [registrations, votes, notifications, notificationSettings] = await Promise.all([
      q(`SELECT meeting_id AS "meetingId", status, registered_at AS "registeredAt" FROM meeting_registrations
         WHERE user_id = $1`),
      q(`SELECT ballot_id AS "ballotId", receipt, first_cast_at AS "firstCastAt", cast_at AS "castAt"
         FROM cast_ballots WHERE voter_id = $1`),
      q(`SELECT id, type, title, path, created_at AS "createdAt", read_at AS "readAt" FROM notifications
         WHERE recipient_id = $1 ORDER BY created_at`),
      q(`SELECT type, delivery FROM notification_settings WHERE user_id = $1 ORDER BY type`),
    ]);
    return {
      roles,
      sessions,
      threads,
      posts,
      proposals,
      supports,
      consultationFollows,
      threadFollows,
      meetingRegistrations: registrations,
      votes,
      notifications,
      notificationSettings,
    };
  }

  async passwordHash(userId: string): Promise<string | null> {
    return (
      (await one<{ hash: string }>(this.db, `SELECT password_hash AS hash FROM users WHERE id = $1`, [userId]))?.hash ??
      null
    );
  }

  /** Empties what the user wrote in the forum and in proposals' bodies (the tombstone stays, replies keep their place). */
  async removeContent(userId: string, tx: Queryable): Promise<void> {
    await tx.query(
      `DELETE FROM forum_post_revisions WHERE post_id IN (SELECT id FROM forum_posts WHERE author_id = $1)`,
      [userId],
    );
    await tx.query(
      `UPDATE forum_posts SET body_source = NULL, body_html = NULL, deleted_at = coalesce(deleted_at, now())
       WHERE author_id = $1`,
      [userId],
    );
  }

  /** Ends the account: personal data out of the row, sessions, follows and settings gone. Answers the sessions ended. */
  async deleteAccount(userId: string, tx: Queryable): Promise<string[]> {
    const sessions = await returning<{ id: string }>(tx, `DELETE FROM sessions WHERE user_id = $1 RETURNING id`, [
      userId,
    ]);
    for (const table of ['thread_follows', 'consultation_follows', 'notification_settings', 'password_reset_tokens']) {
      await tx.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
    }
    await tx.query(`DELETE FROM notifications WHERE recipient_id = $1`, [userId]);
    await tx.query(`DELETE FROM role_grants WHERE user_id = $1`, [userId]);
    await tx.query(
      `UPDATE users SET email = 'deleted-' || id || '@deleted.invalid', display_name = 'Usunięty użytkownik',
         handle = 'deleted_' || substr(md5(id::text), 1, 12), password_hash = '!', home_municipality_id = NULL,
         is_admin = false, deleted_at = now(), updated_at = now()
       WHERE id = $1`,
      [userId],
    );
    return sessions.map((row) => row.id);
  }
}
