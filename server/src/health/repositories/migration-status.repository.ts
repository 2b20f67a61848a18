import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows } from '../../common/database/sql.js';

@Injectable()
export class MigrationStatusRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Names of the migrations recorded as applied (TypeORM's `migrations` table). */
  async appliedNames(): Promise<string[]> {
    return (await rows<{ name: string }>(this.db, 'SELECT name FROM migrations')).map((row) => row.name);
  }
}
