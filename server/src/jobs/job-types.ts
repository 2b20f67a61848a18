/**
 * Every deferred job of Ratusz, defined once: its name, the payload its
 * handler receives, and how its queue behaves. A feature registers the
 * handler (`JobQueueService.register`) and sends jobs (`send`); a job with a
 * `cron` is started by the calendar instead, once per tick across all
 * instances.
 *
 * Payloads are stored as JSON, so they hold plain data only (ids, ISO dates),
 * never objects with behaviour.
 */
export interface JobPayloads {
  /** Announces consultations whose current phase changed with the calendar. */
  'consultation.phase-changes': Record<string, never>;
  /** Sends what waits in the mail outbox through SMTP (nudged after a write, and every minute). */
  'mail.deliver': Record<string, never>;
  /** Writes the e-mails of notifications to be mailed at once (nudged after a write, and every minute). */
  'notifications.mail-immediate': Record<string, never>;
  /** The daily digest of every user who chose it, grouped by consultation. */
  'notifications.digest': Record<string, never>;
  /** Finds meetings starting within a day and schedules their reminder (`startAfter` a day before). */
  'notifications.meeting-reminders': Record<string, never>;
  /** Reminds a meeting's registered people; `startsAt` names the schedule it was made for. */
  'notifications.meeting-reminder': { meetingId: string; startsAt: string };
  /** Mails a password-reset link if the address has an account (queued for every request alike: no enumeration). */
  'accounts.password-reset-mail': { email: string };
  /** Deletes files uploaded for proposals and never attached within the grace period (UNATTACHED_UPLOAD_GRACE_HOURS). */
  'proposals.unattached-uploads': Record<string, never>;
}

export type JobName = keyof JobPayloads & string;

/** pg-boss queue policies: `stately` keeps at most one job waiting and one running, so a slow run never piles up. */
type QueuePolicy = 'standard' | 'short' | 'singleton' | 'stately';

export interface JobSettings {
  /** A cron expression (minute granularity), evaluated in `timeZone`. */
  cron?: string;
  timeZone?: string;
  policy?: QueuePolicy;
  /** How often a failed job is tried again (pg-boss's default is 2). */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** A job running longer is failed (and retried if it has tries left). */
  expireInSeconds?: number;
}

const EVERY_MINUTE = '* * * * *';

/**
 * Give every job an entry (`{}` for pg-boss's defaults): its queue is then created at start, before anything is sent,
 * which a send inside a transaction needs.
 */
export const JOB_SETTINGS: { readonly [N in JobName]?: JobSettings } = {
  'consultation.phase-changes': {
    cron: EVERY_MINUTE,
    policy: 'stately',
    // The next tick does the same work; retrying a failed run would only overlap with it.
    retryLimit: 0,
    expireInSeconds: 300,
  },
  'mail.deliver': { cron: EVERY_MINUTE, policy: 'stately', retryLimit: 0, expireInSeconds: 600 },
  'notifications.mail-immediate': { cron: EVERY_MINUTE, policy: 'stately', retryLimit: 0, expireInSeconds: 600 },
  // 07:00 in Warsaw, when people read their morning mail.
  'notifications.digest': { cron: '0 7 * * *', timeZone: 'Europe/Warsaw', policy: 'stately', expireInSeconds: 1800 },
  'notifications.meeting-reminders': { cron: '*/10 * * * *', policy: 'stately', retryLimit: 0 },
  'notifications.meeting-reminder': { retryLimit: 3, retryDelaySeconds: 60 },
  'accounts.password-reset-mail': { retryLimit: 3, retryDelaySeconds: 30 },
  // Hourly: an upload waits at least the grace period, so an hour more before it goes does not matter.
  'proposals.unattached-uploads': { cron: '17 * * * *', policy: 'stately', retryLimit: 0, expireInSeconds: 600 },
};
