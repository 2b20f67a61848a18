import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRateLimits, type RateLimitSettings } from '../common/rate-limit/rate-limit.config.js';

/** The repository root, found from this file so the server works from any cwd. */
export const REPO_ROOT = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  // src/config in development and tests, dist/server/src/config when built.
  import.meta.url.includes('/dist/') ? '../../../../..' : '../../..',
);

export interface AppConfig {
  port: number;
  host: string | undefined;
  /** External PostgreSQL; null means start the embedded one. */
  databaseUrl: string | null;
  dataDir: string;
  /** Where uploaded documents are stored, content-addressed (`<sha256[0..2]>/<sha256>`). */
  uploadDir: string;
  redisUrl: string | null;
  /**
   * REDIS_CHANNEL_PREFIX: the socket.io adapter's channel prefix; instances that share live events use the same
   * one, and a separate deployment (or a load test) on the same Redis uses its own.
   */
  redisChannelPrefix: string;
  cookieSecure: boolean;
  sessionTtlDays: number;
  /** false, true (trust every proxy) or the number of proxy hops in front of the server. */
  trustProxy: boolean | number;
  seedDemoData: boolean;
  clientDistDir: string;
  logSql: boolean;
  /** RATE_LIMITS (per-rule overrides) and RATE_LIMITS_DISABLED; the rules are in common/rate-limit/rate-limit.rules.ts. */
  rateLimits: RateLimitSettings;
  /**
   * LOG_FORMAT: one JSON line per record, or pino-pretty's lines. Readable by default where a person watches (a
   * terminal, or NODE_ENV=development); JSON where logs are collected (a pipe, a container).
   */
  logFormat: 'json' | 'pretty';
  /** METRICS_TOKEN: the bearer token GET /metrics requires; null keeps /metrics hidden (404). */
  metricsToken: string | null;
  /** SMTP_URL, or SMTP_HOST/SMTP_PORT/SMTP_USER/SMTP_PASSWORD; null: e-mail stays in the outbox administrators read. */
  smtp: SmtpConfig | null;
  /** MAIL_FROM: the sender of every e-mail. */
  mailFrom: string;
  /** PUBLIC_URL: where users reach the app, for links in e-mails (default http://localhost:PORT). */
  publicUrl: string;
  /** READ_CACHE_MB: memory for anonymous thread pages served without execution (common/read-cache/); 0 turns it off. */
  readCacheMb: number;
  /** DATABASE_POOL_SIZE: PostgreSQL connections each server instance keeps open at most. */
  databasePoolSize: number;
  /**
   * UNATTACHED_UPLOAD_GRACE_HOURS: how long a file uploaded for a proposal may wait to be attached before the
   * hourly cleanup deletes it (an upload whose form was abandoned).
   */
  unattachedUploadGraceHours: number;
}

export type SmtpConfig = { url: string } | { host: string; port: number; user: string | null; password: string | null };

function readSmtp(env: NodeJS.ProcessEnv): SmtpConfig | null {
  if (env.SMTP_URL) {
    if (!/^smtps?:\/\/[^\s]+$/.test(env.SMTP_URL)) throw new Error(`SMTP_URL must be smtp://… or smtps://…`);
    return { url: env.SMTP_URL };
  }
  if (!env.SMTP_HOST) {
    if (env.SMTP_PORT || env.SMTP_USER || env.SMTP_PASSWORD) throw new Error('SMTP_PORT/USER/PASSWORD need SMTP_HOST');
    return null;
  }
  if (Boolean(env.SMTP_USER) !== Boolean(env.SMTP_PASSWORD)) {
    throw new Error('SMTP_USER and SMTP_PASSWORD go together');
  }
  return {
    host: env.SMTP_HOST,
    port: readInteger(env.SMTP_PORT, 587, 'SMTP_PORT', 1, 65535),
    user: env.SMTP_USER || null,
    password: env.SMTP_PASSWORD || null,
  };
}

function readMailFrom(value: string | undefined): string {
  if (!value) return 'Ratusz <noreply@localhost>';
  if (!/^[^\r\n]*<?[^\s@<>]+@[^\s@<>]+>?$/.test(value))
    throw new Error(`MAIL_FROM must be an e-mail address, got "${value}"`);
  return value;
}

function readPublicUrl(value: string | undefined, port: number): string {
  if (!value) return `http://localhost:${port}`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`PUBLIC_URL must be an http(s) URL`);
  return value.replace(/\/+$/, '');
}

function readBoolean(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  throw new Error(`${name} must be true or false, got "${value}"`);
}

function readInteger(value: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  }
  return parsed;
}

function readLogFormat(value: string | undefined, fallback: 'json' | 'pretty'): 'json' | 'pretty' {
  if (value === undefined || value === '') return fallback;
  if (value === 'json' || value === 'pretty') return value;
  throw new Error(`LOG_FORMAT must be json or pretty, got "${value}"`);
}

/** Reads every setting once at start, so a typo fails the boot instead of a request. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return {
    port: readInteger(env.PORT, 3000, 'PORT', 0, 65535),
    host: env.HOST || undefined,
    databaseUrl: env.DATABASE_URL || null,
    dataDir: path.resolve(env.RATUSZ_DATA_DIR || path.join(REPO_ROOT, '.data')),
    uploadDir: path.resolve(
      env.UPLOAD_DIR || path.join(env.RATUSZ_DATA_DIR || path.join(REPO_ROOT, '.data'), 'uploads'),
    ),
    redisUrl: env.REDIS_URL || null,
    redisChannelPrefix: env.REDIS_CHANNEL_PREFIX || 'socket.io',
    cookieSecure: readBoolean(env.COOKIE_SECURE, false, 'COOKIE_SECURE'),
    sessionTtlDays: readInteger(env.SESSION_TTL_DAYS, 30, 'SESSION_TTL_DAYS', 1, 365),
    trustProxy: /^\d+$/.test(env.TRUST_PROXY ?? '')
      ? readInteger(env.TRUST_PROXY, 0, 'TRUST_PROXY', 0, 10)
      : readBoolean(env.TRUST_PROXY, false, 'TRUST_PROXY'),
    seedDemoData: readBoolean(env.SEED_DEMO_DATA, true, 'SEED_DEMO_DATA'),
    clientDistDir: path.resolve(env.CLIENT_DIST_DIR || path.join(REPO_ROOT, 'client', 'dist')),
    logSql: readBoolean(env.LOG_SQL, false, 'LOG_SQL'),
    rateLimits: readRateLimits(env.RATE_LIMITS, readBoolean(env.RATE_LIMITS_DISABLED, false, 'RATE_LIMITS_DISABLED')),
    logFormat: readLogFormat(
      env.LOG_FORMAT,
      env.NODE_ENV === 'development' || process.stdout.isTTY ? 'pretty' : 'json',
    ),
    metricsToken: env.METRICS_TOKEN || null,
    smtp: readSmtp(env),
    mailFrom: readMailFrom(env.MAIL_FROM),
    publicUrl: readPublicUrl(env.PUBLIC_URL, readInteger(env.PORT, 3000, 'PORT', 0, 65535)),
    readCacheMb: readInteger(env.READ_CACHE_MB, 32, 'READ_CACHE_MB', 0, 4096),
    databasePoolSize: readInteger(env.DATABASE_POOL_SIZE, 10, 'DATABASE_POOL_SIZE', 1, 1000),
    unattachedUploadGraceHours: readInteger(
      env.UNATTACHED_UPLOAD_GRACE_HOURS,
      24,
      'UNATTACHED_UPLOAD_GRACE_HOURS',
      1,
      24 * 365,
    ),
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
