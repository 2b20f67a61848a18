import { registerEnumType } from '@nestjs/graphql';

/** The security-relevant events the audit log keeps. */
export const AuditEventKind = {
  LOGIN: 'LOGIN',
  LOGIN_FAILED: 'LOGIN_FAILED',
  LOGOUT_EVERYWHERE: 'LOGOUT_EVERYWHERE',
  SESSION_REVOKED: 'SESSION_REVOKED',
  ROLE_GRANTED: 'ROLE_GRANTED',
  ROLE_REVOKED: 'ROLE_REVOKED',
  ADMIN_GRANTED: 'ADMIN_GRANTED',
  /** A report, ballot or attendee list downloaded (details say which and in what format). */
  EXPORT: 'EXPORT',
  /** A person's own data downloaded (RODO). */
  DATA_DOWNLOAD: 'DATA_DOWNLOAD',
  ORGANISATION_VERIFIED: 'ORGANISATION_VERIFIED',
} as const;
export type AuditEventKind = (typeof AuditEventKind)[keyof typeof AuditEventKind];

registerEnumType(AuditEventKind, { name: 'AuditEventKind', description: 'What happened.' });
