import { Module, type OnModuleInit } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { JobQueueService } from '../jobs/job-queue.service.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { AccountSecurityResolver } from './account-security.resolver.js';
import { AccountDataRepository } from './repositories/account-data.repository.js';
import { PasswordResetRepository } from './repositories/password-reset.repository.js';
import { AccountDataService } from './services/account-data.service.js';
import { PasswordResetService } from './services/password-reset.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const accountSecurityResolvers = [AccountSecurityResolver];

/** Password reset by e-mail, and RODO: one's data as JSON and deleting one's account. */
@Module({
  imports: [AccountsModule, JobsModule, MailModule],
  providers: [
    PasswordResetRepository,
    AccountDataRepository,
    PasswordResetService,
    AccountDataService,
    ...accountSecurityResolvers,
  ],
})
export class AccountSecurityModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueueService,
    private readonly resets: PasswordResetService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('accounts.password-reset-mail', async ({ email }) => {
      await this.resets.mailLink(email);
    });
  }
}
