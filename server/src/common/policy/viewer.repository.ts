import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { MunicipalRole } from '@ratusz/shared';
import { rows } from '../database/sql.js';

export interface ScopeGrantRow {
  role: MunicipalRole;
  municipalityId: string;
}

/** The scopes a user holds roles in. A user holds few grants, so all of them are read at once. */
@Injectable()
export class ViewerRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  municipalGrants(userId: string): Promise<ScopeGrantRow[]> {
    return rows<ScopeGrantRow>(
      this.db,
      'SELECT role, municipality_id AS "municipalityId" FROM role_grants WHERE user_id = $1',
      [userId],
    );
  }
}
