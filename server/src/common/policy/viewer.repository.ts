import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MunicipalRole } from '@ratusz/shared';
import { sharedBatchLoader } from '../database/shared-batch.js';
import { groupByKeys, rows } from '../database/sql.js';

export type ScopeGrantRow =
  | { role: MunicipalRole; municipalityId: string; networkId: null }
  | { role: null; municipalityId: null; networkId: string };

/** The scopes a user holds roles in. A user holds few grants, so all of them are read at once. */
@Injectable()
export class ViewerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every signed-in request reads its viewer's grants: those asked for in one turn share one statement. */
  private readonly grantsOf = sharedBatchLoader(async (userIds: readonly string[]) => {
    const found = await rows<ScopeGrantRow & { userId: string }>(
      this.db,
      `SELECT user_id AS "userId", role, municipality_id AS "municipalityId", NULL::uuid AS "networkId"
       FROM role_grants WHERE user_id = ANY($1::uuid[])
       UNION ALL
       SELECT user_id, NULL, NULL, network_id FROM network_coordinators WHERE user_id = ANY($1::uuid[])`,
      [[...new Set(userIds)]],
    );
    return groupByKeys(
      userIds,
      found,
      (row) => row.userId,
      ({ userId: _, ...grant }) => grant as ScopeGrantRow,
    );
  });

  /** Municipal role grants, and network coordination as rows with `networkId` (one statement for both). */
  municipalGrants(userId: string): Promise<ScopeGrantRow[]> {
    return this.grantsOf.load(userId);
  }
}
