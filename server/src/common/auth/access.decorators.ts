import { SetMetadata } from '@nestjs/common';

/**
 * Every query and mutation must declare who may call it; the global guard
 * refuses anything without a declaration (deny by default), and a test walks
 * the schema to prove no field was forgotten.
 */
export const ACCESS_METADATA = 'ratusz:access';

export const AccessRule = {
  PUBLIC: 'PUBLIC',
  AUTHENTICATED: 'AUTHENTICATED',
  ADMIN: 'ADMIN',
} as const;
export type AccessRule = (typeof AccessRule)[keyof typeof AccessRule];

/** Anyone, logged in or not. */
export const Public = () => SetMetadata(ACCESS_METADATA, AccessRule.PUBLIC);
/** Any logged-in user; finer checks (e.g. per-municipality roles) live in services. */
export const Authenticated = () => SetMetadata(ACCESS_METADATA, AccessRule.AUTHENTICATED);
/** Global administrators only. */
export const AdminOnly = () => SetMetadata(ACCESS_METADATA, AccessRule.ADMIN);
