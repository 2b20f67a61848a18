import { Injectable } from '@nestjs/common';
import type { ModerationQueueChangedPayload } from '@ratusz/shared';
import { RealtimeService } from '../../realtime/realtime.service.js';

const moderationRoom = (municipalityId: string) => `moderation:${municipalityId}`;

/** Pushes queue changes to the municipality's moderation room, after commit. */
@Injectable()
export class ModerationLiveService {
  constructor(private readonly realtime: RealtimeService) {}

  queueChanged(payload: ModerationQueueChangedPayload | null): void {
    if (payload) this.realtime.emitToRoom(moderationRoom(payload.municipalityId), 'moderation.queue', payload);
  }
}
