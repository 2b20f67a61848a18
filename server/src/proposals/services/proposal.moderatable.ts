import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ModeratableKind, type ConsultationEvent } from '@ratusz/shared';
import { one, rows, type Queryable } from '../../common/database/sql.js';
import { ConsultationEventService } from '../../consultations/services/consultation-event.service.js';
import { MarkdownService } from '../../forum/services/markdown.service.js';
import type { ModeratableContent, ModeratableItem } from '../../moderation/moderatable-content.js';
import { ModerationRegistry } from '../../moderation/moderation-registry.js';
import { toLiveProposal } from '../models/live-proposal.mapper.js';
import { ProposalRepository } from '../repositories/proposal.repository.js';

const EXCERPT = 300;
/** What a permanently removed proposal's title and text become (both columns must hold something). */
const REMOVED = '—';

/**
 * Proposals as moderation sees them: title and text together; the official
 * answer is not the author's. Hiding and restoring record a consultation
 * event in the moderation transaction (under the consultation's lock, taken
 * first as every proposal write does) and push it after commit, so open
 * consultation pages hide or show the text live.
 */
@Injectable()
export class ProposalModeratable implements ModeratableContent, OnModuleInit {
  readonly kind = ModeratableKind.PROPOSAL;
  private readonly pending = new Map<string, ConsultationEvent>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly registry: ModerationRegistry,
    private readonly markdown: MarkdownService,
    private readonly proposals: ProposalRepository,
    private readonly events: ConsultationEventService,
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
    const consultationId = await this.lockConsultationOf(id, tx);
    await tx.query('UPDATE proposals SET hidden_reason = $2, hidden_at = now() WHERE id = $1', [id, reason]);
    // Only the reason goes to the public room: the text stays out of the event log too.
    this.pending.set(
      id,
      await this.events.record(tx, consultationId, { kind: 'proposal.hidden', proposalId: id, hiddenReason: reason }),
    );
  }

  async restore(id: string, tx: Queryable): Promise<void> {
    const consultationId = await this.lockConsultationOf(id, tx);
    await tx.query('UPDATE proposals SET hidden_reason = NULL, hidden_at = NULL WHERE id = $1', [id]);
    const proposal = (await this.proposals.byId(id, tx))!;
    this.pending.set(
      id,
      await this.events.record(tx, consultationId, {
        kind: 'proposal.restored',
        proposal: toLiveProposal(proposal),
        bodyHtml: proposal.bodyHtml,
      }),
    );
  }

  /** After commit: the hide or restore this transaction recorded, if any. */
  published(id: string): void {
    const event = this.pending.get(id);
    this.pending.delete(id);
    if (event) this.events.publish([event]);
  }

  /** The consultation's row is locked before the proposal's, in the order ProposalWriter takes them. */
  private async lockConsultationOf(id: string, tx: Queryable): Promise<string> {
    // Every write starts here: an event left by a rolled-back action must not go out after this one.
    this.pending.delete(id);
    const found = await one<{ consultationId: string }>(
      tx,
      'SELECT consultation_id AS "consultationId" FROM proposals WHERE id = $1',
      [id],
    );
    await this.proposals.lockConsultation(found!.consultationId, tx);
    return found!.consultationId;
  }

  /**
   * The earlier text goes to the proposal's revisions, as an author's edit
   * would. The consultation's viewers get the correction and its note, unless
   * the proposal is hidden (its restore, if any, carries it then).
   */
  async edit(id: string, source: string, editorId: string, note: string, tx: Queryable): Promise<void> {
    const consultationId = await this.lockConsultationOf(id, tx);
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
    const proposal = (await this.proposals.byId(id, tx))!;
    if (proposal.hiddenReason !== null) return;
    this.pending.set(
      id,
      await this.events.record(tx, consultationId, {
        kind: 'proposal.moderatorEdited',
        proposal: toLiveProposal(proposal),
        bodyHtml: proposal.bodyHtml,
        note,
      }),
    );
  }

  async remove(id: string, tx: Queryable): Promise<void> {
    await this.lockConsultationOf(id, tx);
    await tx.query('DELETE FROM proposal_revisions WHERE proposal_id = $1', [id]);
    await tx.query(`UPDATE proposals SET title = $2, body_source = $2, body_html = '' WHERE id = $1`, [id, REMOVED]);
  }
}
