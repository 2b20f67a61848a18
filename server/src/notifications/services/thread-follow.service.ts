import { Injectable } from '@nestjs/common';
import { isForeignKeyViolation } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { ThreadFollowRepository } from '../repositories/thread-follow.repository.js';

@Injectable()
export class ThreadFollowService {
  constructor(private readonly follows: ThreadFollowRepository) {}

  async follow(userId: string, threadId: string): Promise<boolean> {
    try {
      await this.follows.follow(userId, threadId);
    } catch (error) {
      if (isForeignKeyViolation(error)) throw DomainError.notFound('The thread');
      throw error;
    }
    return true;
  }

  async unfollow(userId: string, threadId: string): Promise<boolean> {
    await this.follows.unfollow(userId, threadId);
    return false;
  }
}
