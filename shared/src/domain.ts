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
