import {
  AccountFieldsResolver,
  RoleGrantFieldsResolver,
  UserSummaryFieldsResolver,
} from '../accounts/account-fields.resolver.js';
import { AdminResolver } from '../accounts/admin.resolver.js';
import { AuthResolver } from '../accounts/auth.resolver.js';
import {
  ForumCategoryFieldsResolver,
  ForumPostFieldsResolver,
  ForumThreadFieldsResolver,
  PostRevisionFieldsResolver,
  SearchHitFieldsResolver,
} from '../forum/forum-fields.resolver.js';
import { ForumResolver } from '../forum/forum.resolver.js';
import { MunicipalitiesResolver } from '../municipalities/municipalities.resolver.js';

/** Every resolver class, for printing the schema without a database. */
export const resolvers = [
  MunicipalitiesResolver,
  AuthResolver,
  AdminResolver,
  AccountFieldsResolver,
  UserSummaryFieldsResolver,
  RoleGrantFieldsResolver,
  ForumResolver,
  ForumCategoryFieldsResolver,
  ForumThreadFieldsResolver,
  ForumPostFieldsResolver,
  PostRevisionFieldsResolver,
  SearchHitFieldsResolver,
];
