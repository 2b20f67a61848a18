import { accountResolvers } from '../accounts/accounts.module.js';
import { ballotResolvers } from '../ballots/ballots.module.js';
import { consultationResolvers } from '../consultations/consultations.module.js';
import { documentResolvers } from '../documents/documents.module.js';
import { draftResolvers } from '../drafts/drafts.module.js';
import { forumResolvers } from '../forum/forum.module.js';
import { meetingResolvers } from '../meetings/meetings.module.js';
import { municipalityResolvers } from '../municipalities/municipalities.module.js';
import { problemTreeResolvers } from '../problem-trees/problem-trees.module.js';
import { proposalResolvers } from '../proposals/proposals.module.js';
import { reportResolvers } from '../reports/reports.module.js';

/** Every resolver class, for printing the schema without a database; each module owns its list. */
export const resolvers = [
  ...municipalityResolvers,
  ...accountResolvers,
  ...forumResolvers,
  ...consultationResolvers,
  ...documentResolvers,
  ...draftResolvers,
  ...meetingResolvers,
  ...proposalResolvers,
  ...ballotResolvers,
  ...problemTreeResolvers,
  ...reportResolvers,
];
