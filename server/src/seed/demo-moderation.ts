import { Injectable, Logger } from '@nestjs/common';
import { FlagReason, ModeratableKind } from '@ratusz/shared';
import { ViewerService } from '../common/policy/viewer.service.js';
import { ModerationService } from '../moderation/services/moderation.service.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';
import { DemoModerationRepository } from './repositories/demo-moderation.repository.js';

/** The demo debate's reply that two residents flag, so the moderators' queue has something to show. */
const FLAGGED = {
  authorEmail: 'ngo@ratusz.example',
  startsWith: 'Nie zaczynałbym od administracji',
  flags: [
    { email: 'mieszkanka@ratusz.example', reason: FlagReason.OFF_TOPIC, note: null },
    { email: 'admin@ratusz.example', reason: FlagReason.OTHER, note: 'Proszę sprawdzić, czy to na temat.' },
  ],
} as const;

/**
 * Two flags in the demo forum (below the threshold, so the post stays
 * visible and waits in the county's queue), through the same service as the
 * API. Seeding again changes nothing.
 */
@Injectable()
export class DemoModerationSeeder {
  private readonly logger = new Logger(DemoModerationSeeder.name);

  constructor(
    private readonly repository: DemoModerationRepository,
    private readonly demo: DemoDataRepository,
    private readonly moderation: ModerationService,
    private readonly viewers: ViewerService,
  ) {}

  async seed(): Promise<void> {
    const users = await this.demo.usersByEmails([FLAGGED.authorEmail, ...FLAGGED.flags.map((f) => f.email)]);
    const author = users.find((u) => u.email === FLAGGED.authorEmail);
    const postId = author ? await this.repository.postOf(author.id, FLAGGED.startsWith) : null;
    if (!postId) {
      this.logger.warn('The demo flags need the demo debate’s NGO reply; skipped.');
      return;
    }
    if (await this.repository.flagged(postId)) return;
    for (const flag of FLAGGED.flags) {
      const user = users.find((u) => u.email === flag.email);
      if (!user) continue;
      const viewer = await this.viewers.forAuth({ userId: user.id, sessionId: 'seed', isAdmin: user.isAdmin });
      await this.moderation.flag(viewer, {
        kind: ModeratableKind.POST,
        itemId: postId,
        reason: flag.reason,
        note: flag.note,
      });
    }
  }
}
