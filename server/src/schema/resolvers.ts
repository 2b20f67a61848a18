import { accountResolvers } from '../accounts/accounts.module.js';
import { auditResolvers } from '../audit/audit.module.js';
import { ballotResolvers } from '../ballots/ballots.module.js';
import { consultationResolvers } from '../consultations/consultations.module.js';
import { documentResolvers } from '../documents/documents.module.js';
import { draftResolvers } from '../drafts/drafts.module.js';
import { forumResolvers } from '../forum/forum.module.js';
import { meetingResolvers } from '../meetings/meetings.module.js';
import { municipalityResolvers } from '../municipalities/municipalities.module.js';
import { networkResolvers } from '../networks/networks.module.js';
import { notificationResolvers } from '../notifications/notifications.module.js';
import { accountSecurityResolvers } from '../account-security/account-security.module.js';
import { mailResolvers } from '../mail/mail.module.js';
import { problemTreeResolvers } from '../problem-trees/problem-trees.module.js';
import { organisationResolvers } from '../organisations/organisations.module.js';
import { moderationResolvers } from '../moderation/moderation.module.js';
import { proposalResolvers } from '../proposals/proposals.module.js';
import { reportResolvers } from '../reports/reports.module.js';
import { indicatorResolvers } from '../indicators/indicators.module.js';
import { surveyResolvers } from '../surveys/surveys.module.js';

/** Every resolver class, for printing the schema without a database; each module owns its list. */
export const resolvers = [
  ...municipalityResolvers,
  ...networkResolvers,
  ...accountResolvers,
  ...auditResolvers,
  ...forumResolvers,
  ...consultationResolvers,
  ...documentResolvers,
  ...draftResolvers,
  ...meetingResolvers,
  ...proposalResolvers,
  ...moderationResolvers,
  ...organisationResolvers,
  ...ballotResolvers,
  ...problemTreeResolvers,
  ...reportResolvers,
  ...indicatorResolvers,
  ...surveyResolvers,
  ...notificationResolvers,
  ...mailResolvers,
  ...accountSecurityResolvers,
];
