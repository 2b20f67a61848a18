import { Foundation1763900000000 } from './1763900000000-Foundation.js';
import { Forum1763900100000 } from './1763900100000-Forum.js';
import { UserHandles1763900200000 } from './1763900200000-UserHandles.js';
import { Consultations1764000000000 } from './1764000000000-Consultations.js';
import { Meetings1764000100000 } from './1764000100000-Meetings.js';
import { Documents1764000200000 } from './1764000200000-Documents.js';
import { ConsultationReports1764000300000 } from './1764000300000-ConsultationReports.js';
import { RateLimits1764000800000 } from './1764000800000-RateLimits.js';
import { Proposals1764100000000 } from './1764100000000-Proposals.js';
import { Ballots1764100100000 } from './1764100100000-Ballots.js';
import { ProblemTrees1764100200000 } from './1764100200000-ProblemTrees.js';
import { NetworkMembers1764200000000 } from './1764200000000-NetworkMembers.js';
import { Networks1764200100000 } from './1764200100000-Networks.js';
import { Indicators1764200200000 } from './1764200200000-Indicators.js';
import { Surveys1764200300000 } from './1764200300000-Surveys.js';
import { Moderation1764300000000 } from './1764300000000-Moderation.js';
import { Notifications1764300100000 } from './1764300100000-Notifications.js';
import { Organisations1764300200000 } from './1764300200000-Organisations.js';
import { AuditLog1764300300000 } from './1764300300000-AuditLog.js';
import { PendingRegistrations1764300400000 } from './1764300400000-PendingRegistrations.js';
import { IndicatorDefinitionManagement1764300450000 } from './1764300450000-IndicatorDefinitionManagement.js';
import { ProposalAttachments1764300600000 } from './1764300600000-ProposalAttachments.js';
import { ReadCache1764300700000 } from './1764300700000-ReadCache.js';
import { CategoryPremoderation1764300800000 } from './1764300800000-CategoryPremoderation.js';
import { NetworkDocuments1764300900000 } from './1764300900000-NetworkDocuments.js';
import { ModerationSettingsLog1764301000000 } from './1764301000000-ModerationSettingsLog.js';
import { NotificationUnreadCounters1764301100000 } from './1764301100000-NotificationUnreadCounters.js';
import { ReadVersionOncePerTransaction1764301200000 } from './1764301200000-ReadVersionOncePerTransaction.js';

/** Every migration, oldest first. Listed, not globbed, so tests and the built server load the same set. */
export const migrations = [
  Foundation1763900000000,
  Forum1763900100000,
  UserHandles1763900200000,
  Consultations1764000000000,
  Meetings1764000100000,
  Documents1764000200000,
  ConsultationReports1764000300000,
  RateLimits1764000800000,
  Proposals1764100000000,
  Ballots1764100100000,
  ProblemTrees1764100200000,
  NetworkMembers1764200000000,
  Networks1764200100000,
  Indicators1764200200000,
  Surveys1764200300000,
  Moderation1764300000000,
  Notifications1764300100000,
  Organisations1764300200000,
  AuditLog1764300300000,
  PendingRegistrations1764300400000,
  IndicatorDefinitionManagement1764300450000,
  ProposalAttachments1764300600000,
  ReadCache1764300700000,
  CategoryPremoderation1764300800000,
  NetworkDocuments1764300900000,
  ModerationSettingsLog1764301000000,
  NotificationUnreadCounters1764301100000,
  ReadVersionOncePerTransaction1764301200000,
];
