import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@ratusz/shared';
import { PasswordService } from '../../accounts/services/password.service.js';
import { AuditEventKind } from '../../audit/models/audit-event-kind.js';
import { AuditService } from '../../audit/services/audit.service.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { RealtimeService } from '../../realtime/realtime.service.js';
import { AccountDataRepository } from '../repositories/account-data.repository.js';

/** RODO: a user's own data as JSON, and deleting the account. */
@Injectable()
export class AccountDataService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly data: AccountDataRepository,
    private readonly passwords: PasswordService,
    private readonly realtime: RealtimeService,
    private readonly audit: AuditService,
  ) {}

  async export(userId: string): Promise<string> {
    const profile = await this.data.profile(userId);
    if (!profile) throw DomainError.notFound('The account');
    const sections = await this.data.sections(userId);
    await this.audit.record({
      kind: AuditEventKind.DATA_DOWNLOAD,
      actorId: userId,
      target: { type: 'USER', id: userId },
    });
    return JSON.stringify({ exportedAt: new Date().toISOString(), profile, ...sections }, null, 2);
  }

  /**
   * Deletes the account after the password is confirmed. Posts stay, shown
   * as by a deleted user, unless `removeContent` empties them too.
   */
  async delete(userId: string, password: string, removeContent: boolean): Promise<boolean> {
    const hash = await this.data.passwordHash(userId);
    if (!hash || !(await this.passwords.verify(hash, password))) {
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'The password is not correct.');
    }
    const sessions = await this.db.transaction(async (tx) => {
      if (removeContent) await this.data.removeContent(userId, tx);
      const ended = await this.data.deleteAccount(userId, tx);
      // The id only: the address and name are erased with the account and must not survive here.
      await this.audit.record(
        {
          kind: AuditEventKind.ACCOUNT_DELETED,
          actorId: userId,
          target: { type: 'USER', id: userId },
          details: { removeContent, sessionsEnded: ended.length },
        },
        tx,
      );
      return ended;
    });
    await this.realtime.endSessions(sessions, 'LOGOUT_EVERYWHERE');
    return true;
  }
}
