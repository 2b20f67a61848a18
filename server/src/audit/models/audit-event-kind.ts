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
  /** Someone asked for a reset link (details hold the address typed, known or not). */
  PASSWORD_RESET_REQUESTED: 'PASSWORD_RESET_REQUESTED',
  /** A reset link was used: the password changed and every session ended. */
  PASSWORD_RESET_COMPLETED: 'PASSWORD_RESET_COMPLETED',
  /** A person deleted their own account (RODO). */
  ACCOUNT_DELETED: 'ACCOUNT_DELETED',
  /**
   * A file downloaded: a report, ballot results, attendee list, indicator
   * comparison, survey results or survey codes (details say which and in what format).
   */
  EXPORT: 'EXPORT',
  /** A person's own data downloaded (RODO). */
  DATA_DOWNLOAD: 'DATA_DOWNLOAD',
  ORGANISATION_VERIFIED: 'ORGANISATION_VERIFIED',
} as const;
export type AuditEventKind = (typeof AuditEventKind)[keyof typeof AuditEventKind];

registerEnumType(AuditEventKind, { name: 'AuditEventKind', description: 'What happened.' });
