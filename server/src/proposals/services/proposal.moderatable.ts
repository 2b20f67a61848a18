import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ModeratableKind } from '@ratusz/shared';
import { rows, type Queryable } from '../../common/database/sql.js';
import { MarkdownService } from '../../forum/services/markdown.service.js';
import type { ModeratableContent, ModeratableItem } from '../../moderation/moderatable-content.js';
import { ModerationRegistry } from '../../moderation/moderation-registry.js';

const EXCERPT = 300;
/** What a permanently removed proposal's title and text become (both columns must hold something). */
const REMOVED = '—';

/** Proposals as moderation sees them: title and text together; the official answer is not the author's. */
@Injectable()
export class ProposalModeratable implements ModeratableContent, OnModuleInit {
  readonly kind = ModeratableKind.PROPOSAL;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: ModerationRegistry,
    private readonly markdown: MarkdownService,
  ) {}

  onModuleInit(): void {
    this.registry.register(this);
  }

  load(ids: readonly string[], tx: Queryable = this.db): Promise<ModeratableItem[]> {
    return rows<ModeratableItem>(
      tx,
      `SELECT 'PROPOSAL' AS kind, p.id, p.author_id AS "authorId", c.municipality_id AS "municipalityId",
         left(p.title || ': ' || p.body_source, ${EXCERPT}) AS excerpt, p.body_source AS source,
         p.hidden_reason AS "hiddenReason", p.title = '${REMOVED}' AS gone
       FROM proposals p JOIN consultations c ON c.id = p.consultation_id
       WHERE p.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  async hide(id: string, reason: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE proposals SET hidden_reason = $2, hidden_at = now() WHERE id = $1', [id, reason]);
  }

  async restore(id: string, tx: Queryable): Promise<void> {
    await tx.query('UPDATE proposals SET hidden_reason = NULL, hidden_at = NULL WHERE id = $1', [id]);
  }

  /** The earlier text goes to the proposal's revisions, as an author's edit would. */
  async edit(id: string, source: string, editorId: string, tx: Queryable): Promise<void> {
    await tx.query(
      `INSERT INTO proposal_revisions (proposal_id, editor_id, previous_title, previous_body_source, previous_body_html,
         previous_service_area_code, previous_cost_estimate_grosze)
       SELECT id, $2, title, body_source, body_html, service_area_code, cost_estimate_grosze FROM proposals WHERE id = $1`,
      [id, editorId],
    );
    await tx.query('UPDATE proposals SET body_source = $2, body_html = $3, edited_at = now() WHERE id = $1', [
      id,
      source,
      this.markdown.render(source, new Set()),
    ]);
  }

  async remove(id: string, tx: Queryable): Promise<void> {
    await tx.query('DELETE FROM proposal_revisions WHERE proposal_id = $1', [id]);
    await tx.query(`UPDATE proposals SET title = $2, body_source = $2, body_html = '' WHERE id = $1`, [id, REMOVED]);
  }
}
