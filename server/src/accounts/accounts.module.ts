import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import { RealtimeModule } from '../realtime/realtime.module.js';
import {
  AccountFieldsResolver,
  RoleGrantFieldsResolver,
  UserSummaryFieldsResolver,
} from './account-fields.resolver.js';
import { AccountLoaders } from './account.loaders.js';
import { AdminResolver } from './admin.resolver.js';
import { AuthResolver } from './auth.resolver.js';
import { LoginThrottleRepository } from './repositories/login-throttle.repository.js';
import { PendingRegistrationRepository } from './repositories/pending-registration.repository.js';
import { RoleGrantRepository } from './repositories/role-grant.repository.js';
import { SessionRepository } from './repositories/session.repository.js';
import { UserRepository } from './repositories/user.repository.js';
import { AccountService } from './services/account.service.js';
import { HousekeepingService } from './services/housekeeping.service.js';
import { LoginThrottleService } from './services/login-throttle.service.js';
import { PasswordService } from './services/password.service.js';
import { RegistrationService } from './services/registration.service.js';
import { RoleService } from './services/role.service.js';
import { SessionService } from './services/session.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const accountResolvers = [
  AuthResolver,
  AdminResolver,
  AccountFieldsResolver,
  UserSummaryFieldsResolver,
  RoleGrantFieldsResolver,
];

@Module({
  imports: [MunicipalitiesModule, RealtimeModule, JobsModule, MailModule],
  providers: [
    UserRepository,
    SessionRepository,
    RoleGrantRepository,
    LoginThrottleRepository,
    PendingRegistrationRepository,
    PasswordService,
    RegistrationService,
    SessionService,
    LoginThrottleService,
    HousekeepingService,
    AccountService,
    RoleService,
    AccountLoaders,
    ...accountResolvers,
  ],
  exports: [SessionService, AccountService, AccountLoaders, PasswordService],
})
export class AccountsModule {}
