export const Role = {
  RESIDENT: 'RESIDENT',
  OFFICIAL: 'OFFICIAL',
  MODERATOR: 'MODERATOR',
  ADMIN: 'ADMIN',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Roles an admin grants for one municipality; ADMIN is global and RESIDENT implicit. */
export const MUNICIPAL_ROLES = [Role.OFFICIAL, Role.MODERATOR] as const;
export type MunicipalRole = (typeof MUNICIPAL_ROLES)[number];

export const ServiceAreaCode = {
  EDUCATION: 'EDUCATION',
  HEALTH: 'HEALTH',
  CULTURE: 'CULTURE',
  TRANSPORT: 'TRANSPORT',
  COMMUNAL: 'COMMUNAL',
  HOUSING: 'HOUSING',
  SOCIAL_AID: 'SOCIAL_AID',
  ADMINISTRATION: 'ADMINISTRATION',
} as const;
export type ServiceAreaCode = (typeof ServiceAreaCode)[keyof typeof ServiceAreaCode];

export const MunicipalityKind = {
  URBAN_GMINA: 'URBAN_GMINA',
  RURAL_GMINA: 'RURAL_GMINA',
  URBAN_RURAL_GMINA: 'URBAN_RURAL_GMINA',
  COUNTY: 'COUNTY',
  CITY_COUNTY: 'CITY_COUNTY',
  DISTRICT: 'DISTRICT',
} as const;
export type MunicipalityKind = (typeof MunicipalityKind)[keyof typeof MunicipalityKind];

export const NetworkKind = {
  MONITORING_NETWORK: 'MONITORING_NETWORK',
  EXCHANGE_GROUP: 'EXCHANGE_GROUP',
} as const;
export type NetworkKind = (typeof NetworkKind)[keyof typeof NetworkKind];

export const SESSION_COOKIE = 'ratusz_session';

/** A reply's position in a debate about a consultation. */
export const Stance = {
  FOR: 'FOR',
  AGAINST: 'AGAINST',
  NEUTRAL: 'NEUTRAL',
} as const;
export type Stance = (typeof Stance)[keyof typeof Stance];

/** What a forum thread may be about, besides nothing in particular. */
export const ThreadSubjectType = {
  CONSULTATION: 'CONSULTATION',
  PROPOSAL: 'PROPOSAL',
  PROBLEM_TREE_NODE: 'PROBLEM_TREE_NODE',
  /** The comments on one paragraph of a consultation's draft document. */
  DRAFT_PARAGRAPH: 'DRAFT_PARAGRAPH',
  /** The comments on an entry of the networks' good-practice library. */
  GOOD_PRACTICE: 'GOOD_PRACTICE',
} as const;
export type ThreadSubjectType = (typeof ThreadSubjectType)[keyof typeof ThreadSubjectType];

/** Why a session ended, pushed to its sockets so the client can say it in the user's language. */
export const SessionEndReason = {
  LOGOUT: 'LOGOUT',
  LOGOUT_EVERYWHERE: 'LOGOUT_EVERYWHERE',
  REVOKED: 'REVOKED',
  EXPIRED: 'EXPIRED',
} as const;
export type SessionEndReason = (typeof SessionEndReason)[keyof typeof SessionEndReason];
