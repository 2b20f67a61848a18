import { Module } from '@nestjs/common';
import { MembershipRepository } from './repositories/membership.repository.js';
import { OnBehalfService } from './services/on-behalf.service.js';

/**
 * The membership check of writing "on behalf of" an organisation, on its own
 * with no imports, so the forum and proposals use it without a cycle through
 * the organisations module (which reads forum posts and proposals).
 */
@Module({
  providers: [MembershipRepository, OnBehalfService],
  exports: [MembershipRepository, OnBehalfService],
})
export class OrganisationMembershipModule {}
