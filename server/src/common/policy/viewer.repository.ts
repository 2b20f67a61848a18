import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MunicipalRole } from '@ratusz/shared';
import { rows } from '../database/sql.js';

export type ScopeGrantRow =
  | { role: MunicipalRole; municipalityId: string; networkId: null }
  | { role: null; municipalityId: null; networkId: string };

/** The scopes a user holds roles in. A user holds few grants, so all of them are read at once. */
@Injectable()
export class ViewerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Municipal role grants, and network coordination as rows with `networkId` (one statement for both). */
  municipalGrants(userId: string): Promise<ScopeGrantRow[]> {
    return rows<ScopeGrantRow>(
      this.db,
      `SELECT role, municipality_id AS "municipalityId", NULL::uuid AS "networkId" FROM role_grants WHERE user_id = $1
       UNION ALL
       SELECT NULL, NULL, network_id FROM network_coordinators WHERE user_id = $1`,
      [userId],
    );
  }
}
