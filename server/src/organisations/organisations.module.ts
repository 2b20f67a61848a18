import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { MarkdownService } from '../forum/services/markdown.service.js';
import { MunicipalitiesModule } from '../municipalities/municipalities.module.js';
import {
  ForumPostOrganisationResolver,
  OrganisationFieldsResolver,
  OrganisationInvitationFieldsResolver,
  OrganisationMemberFieldsResolver,
  ProposalOrganisationResolver,
} from './organisation-fields.resolver.js';
import { OrganisationResolver } from './organisation.resolver.js';
import { OrganisationMembershipModule } from './organisation-membership.module.js';
import { OrganisationLoaders } from './organisations.loaders.js';
import { InvitationRepository } from './repositories/invitation.repository.js';
import { OrganisationRepository } from './repositories/organisation.repository.js';
import { InvitationNotifier } from './services/invitation-notifier.service.js';
import { MembershipService } from './services/membership.service.js';
import { OrganisationService } from './services/organisation.service.js';

/** Also read by the schema printer. */
export const organisationResolvers = [
  OrganisationResolver,
  OrganisationFieldsResolver,
  OrganisationMemberFieldsResolver,
  OrganisationInvitationFieldsResolver,
  ForumPostOrganisationResolver,
  ProposalOrganisationResolver,
];

/**
 * NGOs: founding and verifying organisations, members and invitations, and
 * the "on behalf of" fields of forum posts and proposals (the writing side is
 * OrganisationMembershipModule's, which the forum and proposals import).
 */
@Module({
  imports: [AccountsModule, MunicipalitiesModule, OrganisationMembershipModule],
  providers: [
    // The one markdown renderer (stateless; each module holds its own instance, as proposals do).
    MarkdownService,
    OrganisationRepository,
    InvitationRepository,
    OrganisationService,
    MembershipService,
    InvitationNotifier,
    OrganisationLoaders,
    ...organisationResolvers,
  ],
  // The seed founds and verifies its demo organisation through the same services.
  exports: [OrganisationService, MembershipService],
})
export class OrganisationsModule {}
