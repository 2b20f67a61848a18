import type { TextLimits } from './rules/limits.js';

/**
 * The rules of NGO organisations, shared by the server's validation and the
 * client's forms.
 */

export const OrganisationRole = {
  OWNER: 'OWNER',
  MEMBER: 'MEMBER',
} as const;
export type OrganisationRole = (typeof OrganisationRole)[keyof typeof OrganisationRole];

export const OrganisationInvitationStatus = {
  PENDING: 'PENDING',
  ACCEPTED: 'ACCEPTED',
  DECLINED: 'DECLINED',
  CANCELLED: 'CANCELLED',
} as const;
export type OrganisationInvitationStatus =
  (typeof OrganisationInvitationStatus)[keyof typeof OrganisationInvitationStatus];

export const ORGANISATION_NAME_LIMITS = { min: 2, max: 200 } as const satisfies TextLimits;
export const ORGANISATION_DESCRIPTION_LIMITS = { min: 0, max: 10_000 } as const satisfies TextLimits;
export const ORGANISATION_WEBSITE_LIMITS = { min: 0, max: 500 } as const satisfies TextLimits;
/** Municipalities an organisation names as where it works. */
export const ORGANISATION_MAX_MUNICIPALITIES = 50;

/** The National Court Register number: exactly ten digits (the register publishes no checksum). */
export const KRS_PATTERN = /^\d{10}$/;

export function isKrsNumber(value: string): boolean {
  return KRS_PATTERN.test(value);
}

/** An absolute http or https address (no javascript:, data:, relative paths). */
export function isOrganisationWebsite(value: string): boolean {
  if (value.length > ORGANISATION_WEBSITE_LIMITS.max || !/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
