import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { one } from '../../common/database/sql.js';

/** Signing keys every instance shares: the first instance to need one makes it, the others read that one. */
@Injectable()
export class AppSecretRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(name: string): Promise<Buffer> {
    await this.db.query(`INSERT INTO app_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING`, [
      name,
      randomBytes(32),
    ]);
    const row = await one<{ secret: Buffer }>(this.db, `SELECT secret FROM app_secrets WHERE name = $1`, [name]);
    return row!.secret;
  }
}
