import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { rows } from '../../common/database/sql.js';

/** The demo organisation's own lookups and its proposals' link (the rest goes through the services). */
@Injectable()
export class DemoOrganisationRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async exists(name: string): Promise<boolean> {
    return (await rows(this.db, `SELECT 1 FROM organisations WHERE name = $1`, [name])).length > 0;
  }

  async municipalityIds(slugs: readonly string[]): Promise<string[]> {
    const found = await rows<{ id: string }>(this.db, `SELECT id FROM municipalities WHERE slug = ANY($1)`, [slugs]);
    return found.map((m) => m.id);
  }

  async markProposals(organisationId: string, authorId: string, consultationId: string): Promise<void> {
    await this.db.query(`UPDATE proposals SET organization_id = $1 WHERE author_id = $2 AND consultation_id = $3`, [
      organisationId,
      authorId,
      consultationId,
    ]);
  }
}
