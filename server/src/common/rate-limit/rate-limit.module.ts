import { Module } from '@nestjs/common';
import { AccountsModule } from '../../accounts/accounts.module.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { RateLimitHousekeepingService } from './rate-limit-housekeeping.service.js';
import { RateLimitService } from './rate-limit.service.js';
import { RateLimitRepository } from './repositories/rate-limit.repository.js';

/** The rate-limit seam; AppModule registers RateLimitGuard globally, right after AccessGuard. */
@Module({
  imports: [AccountsModule],
  providers: [RateLimitRepository, RateLimitService, RateLimitHousekeepingService, RateLimitGuard],
  exports: [RateLimitService, RateLimitGuard],
})
export class RateLimitModule {}
