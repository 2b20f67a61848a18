import { accountResolvers } from '../accounts/accounts.module.js';
import { forumResolvers } from '../forum/forum.module.js';
import { municipalityResolvers } from '../municipalities/municipalities.module.js';

/** Every resolver class, for printing the schema without a database; each module owns its list. */
export const resolvers = [...municipalityResolvers, ...accountResolvers, ...forumResolvers];
