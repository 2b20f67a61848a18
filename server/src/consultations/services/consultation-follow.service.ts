import { Injectable } from '@nestjs/common';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import { canFollowConsultation } from '../consultations.policy.js';
import type { Consultation } from '../models/consultation.model.js';
import { ConsultationFollowRepository } from '../repositories/consultation-follow.repository.js';
import { ConsultationService } from './consultation.service.js';

/** Following is stored now; the notifications feature will deliver to followers. */
@Injectable()
export class ConsultationFollowService {
  constructor(
    private readonly follows: ConsultationFollowRepository,
    private readonly consultations: ConsultationService,
  ) {}

  async follow(viewer: Viewer, id: string): Promise<Consultation> {
    requireUser(viewer);
    const consultation = await this.consultations.getVisible(viewer, id);
    requireAccess(canFollowConsultation(viewer, consultation));
    await this.follows.follow(viewer.userId, consultation.id);
    return consultation;
  }

  async unfollow(viewer: Viewer, id: string): Promise<Consultation> {
    requireUser(viewer);
    const consultation = await this.consultations.getVisible(viewer, id);
    await this.follows.unfollow(viewer.userId, consultation.id);
    return consultation;
  }
}
