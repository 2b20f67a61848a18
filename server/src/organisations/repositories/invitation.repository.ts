import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { OrganisationInvitationStatus } from '@ratusz/shared';
import { keysetAfter, returningOne, rows, type Queryable } from '../../common/database/sql.js';
import type { OrganisationInvitation } from '../models/organisation.model.js';

const COLUMNS = `i.id, i.organisation_id AS "organisationId", i.invitee_id AS "inviteeId",
  i.invitee_email AS "inviteeEmail", i.invited_by AS "invitedById", i.status, i.created_at AS "createdAt",
  i.responded_at AS "respondedAt", i.created_at::text AS "cursorAt"`;

/** An invitation is the viewer's when it names them, or their e-mail from before they registered. */
const FOR_USER = `(i.invitee_id = $1 OR i.invitee_email = (SELECT email FROM users WHERE id = $1))`;

@Injectable()
export class InvitationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insert(
    values: { organisationId: string; inviteeId: string | null; inviteeEmail: string | null; invitedById: string },
    tx: Queryable,
  ): Promise<OrganisationInvitation> {
    const inserted = await returningOne<{ id: string }>(
      tx,
      `INSERT INTO organisation_invitations (organisation_id, invitee_id, invitee_email, invited_by)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [values.organisationId, values.inviteeId, values.inviteeEmail, values.invitedById],
    );
    return (await this.byId(inserted!.id, tx))!;
  }

  async byId(id: string, tx: Queryable = this.db): Promise<OrganisationInvitation | null> {
    const [found] = await rows<OrganisationInvitation>(
      tx,
      `SELECT ${COLUMNS} FROM organisation_invitations i WHERE i.id = $1`,
      [id],
    );
    return found ?? null;
  }

  /** A pending invitation of this user (by id or by their e-mail), locked. */
  async lockPendingFor(id: string, userId: string, tx: Queryable): Promise<OrganisationInvitation | null> {
    const [found] = await rows<OrganisationInvitation>(
      tx,
      `SELECT ${COLUMNS} FROM organisation_invitations i
       WHERE i.id = $2 AND i.status = 'PENDING' AND ${FOR_USER} FOR UPDATE`,
      [userId, id],
    );
    return found ?? null;
  }

  /** Whether this user (by id or e-mail) or this e-mail already has a pending invitation to the organisation. */
  async hasPending(
    organisationId: string,
    invitee: { userId: string | null; email: string | null },
    tx: Queryable,
  ): Promise<boolean> {
    const found = await rows<{ id: string }>(
      tx,
      `SELECT i.id FROM organisation_invitations i
       WHERE i.organisation_id = $1 AND i.status = 'PENDING'
         AND (i.invitee_id = $2 OR i.invitee_email = $3
              OR i.invitee_email = (SELECT email FROM users WHERE id = $2))
       LIMIT 1`,
      [organisationId, invitee.userId, invitee.email],
    );
    return found.length > 0;
  }

  async respond(id: string, status: OrganisationInvitationStatus, userId: string, tx: Queryable): Promise<void> {
    // An e-mail invitation becomes the responding account's, so it shows in their history.
    await tx.query(
      `UPDATE organisation_invitations SET status = $2, responded_at = now(), invitee_id = $3, invitee_email = NULL
       WHERE id = $1`,
      [id, status, userId],
    );
  }

  /** Other pending invitations of the new member to the same organisation are answered by joining. */
  async closeOthersOf(organisationId: string, userId: string, tx: Queryable): Promise<void> {
    await tx.query(
      `UPDATE organisation_invitations i SET status = 'ACCEPTED', responded_at = now(), invitee_id = $2, invitee_email = NULL
       WHERE i.organisation_id = $1 AND i.status = 'PENDING'
         AND (i.invitee_id = $2 OR i.invitee_email = (SELECT email FROM users WHERE id = $2))`,
      [organisationId, userId],
    );
  }

  async cancel(id: string, tx: Queryable): Promise<boolean> {
    const done = await returningOne<{ id: string }>(
      tx,
      `UPDATE organisation_invitations SET status = 'CANCELLED', responded_at = now()
       WHERE id = $1 AND status = 'PENDING' RETURNING id`,
      [id],
    );
    return done !== null;
  }

  /** The user's pending invitations, newest first. */
  pendingFor(userId: string, after: [string, string] | null, limit: number): Promise<OrganisationInvitation[]> {
    const params: unknown[] = [userId];
    const cursor = after
      ? `AND ${keysetAfter(
          [
            { sql: 'i.created_at', cast: 'timestamptz' },
            { sql: 'i.id', cast: 'uuid' },
          ],
          after,
          params,
          'DESC',
        )}`
      : '';
    params.push(limit);
    return rows<OrganisationInvitation>(
      this.db,
      `SELECT ${COLUMNS} FROM organisation_invitations i WHERE i.status = 'PENDING' AND ${FOR_USER} ${cursor}
       ORDER BY i.created_at DESC, i.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /** An organisation's pending invitations, newest first (for its owner). */
  pendingOf(organisationId: string, after: [string, string] | null, limit: number): Promise<OrganisationInvitation[]> {
    const params: unknown[] = [organisationId];
    const cursor = after
      ? `AND ${keysetAfter(
          [
            { sql: 'i.created_at', cast: 'timestamptz' },
            { sql: 'i.id', cast: 'uuid' },
          ],
          after,
          params,
          'DESC',
        )}`
      : '';
    params.push(limit);
    return rows<OrganisationInvitation>(
      this.db,
      `SELECT ${COLUMNS} FROM organisation_invitations i WHERE i.organisation_id = $1 AND i.status = 'PENDING' ${cursor}
       ORDER BY i.created_at DESC, i.id DESC LIMIT $${params.length}`,
      params,
    );
  }

  /** The account an invitation by handle or e-mail names. */
  async findUser(by: { handle?: string | null; email?: string | null }, tx: Queryable): Promise<{ id: string } | null> {
    const [found] = by.handle
      ? await rows<{ id: string }>(tx, `SELECT id FROM users WHERE handle = $1`, [by.handle])
      : await rows<{ id: string }>(tx, `SELECT id FROM users WHERE email = $1`, [by.email]);
    return found ?? null;
  }
}
