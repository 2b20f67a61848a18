import { Module, type OnModuleInit } from '@nestjs/common';
import { JobQueueService } from '../jobs/job-queue.service.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailResolver } from './mail.resolver.js';
import { MailService } from './mail.service.js';
import { MailOutboxRepository } from './repositories/mail-outbox.repository.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const mailResolvers = [MailResolver];

/** The outbox and SMTP delivery; import it to send e-mail (`MailService.queue(mail, tx)`). */
@Module({
  imports: [JobsModule],
  providers: [MailOutboxRepository, MailService, ...mailResolvers],
  exports: [MailService],
})
export class MailModule implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueueService,
    private readonly mail: MailService,
  ) {}

  onModuleInit(): void {
    this.jobs.register('mail.deliver', async () => {
      await this.mail.deliverPending();
    });
  }
}
