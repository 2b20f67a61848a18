import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { DocumentService } from '../../documents/services/document.service.js';
import { ProposalDocumentRepository } from '../repositories/proposal-document.repository.js';

/** Uploads looked at per read; a run goes on until none is left. */
const BATCH = 100;

/**
 * Files uploaded for a proposal that was never submitted (or whose
 * attachment step was abandoned) would otherwise stay in the database and
 * the upload directory for good, and count against the uploader's pending
 * limit. The `proposals.unattached-uploads` job deletes those older than
 * UNATTACHED_UPLOAD_GRACE_HOURS, each in its own short transaction, and
 * their file when no other document has the same bytes.
 */
@Injectable()
export class UnattachedUploadCleanupService {
  private readonly logger = new Logger('UnattachedUploads');
  private readonly graceHours: number;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly attachments: ProposalDocumentRepository,
    private readonly documents: DocumentService,
  ) {
    this.graceHours = config.unattachedUploadGraceHours;
  }

  /** How many uploads it deleted. */
  async run(): Promise<number> {
    let deleted = 0;
    const skipped = new Set<string>();
    for (;;) {
      const ids = (await this.attachments.unattachedOlderThan(this.graceHours, BATCH + skipped.size)).filter(
        (id) => !skipped.has(id),
      );
      if (ids.length === 0) break;
      for (const id of ids) {
        const removed = await this.db.transaction(async (tx) =>
          (await this.attachments.lockUnattached(id, tx)) ? this.documents.deleteAttachment(id, tx) : null,
        );
        if (!removed) {
          // Being attached right now, or gone: not ours to delete in this run.
          skipped.add(id);
          continue;
        }
        deleted++;
        await this.documents.removeFileIfUnreferenced(removed.sha256);
      }
    }
    if (deleted > 0) this.logger.log(`Deleted ${deleted} upload(s) never attached to a proposal`);
    return deleted;
  }
}
