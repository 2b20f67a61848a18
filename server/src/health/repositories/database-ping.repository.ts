import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class DatabasePingRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Throws when the database does not answer. */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }
}
