import {
  isRateLimitRuleName,
  RATE_LIMIT_RULE_NAMES,
  RATE_LIMIT_RULES,
  type RateLimitRule,
  type RateLimitRuleName,
  type RateLimitWindow,
} from './rate-limit.rules.js';

export interface RateLimitSettings {
  /** RATE_LIMITS_DISABLED: nothing is counted (load tests). */
  disabled: boolean;
  /** The rules in force: the defaults of rate-limit.rules.ts with RATE_LIMITS applied. */
  rules: Record<RateLimitRuleName, RateLimitRule>;
}

const MAX_LIMIT = 1_000_000;
const MAX_WINDOW_SECONDS = 7 * 24 * 3600;
const UNIT_SECONDS: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600 };

const ENTRY = /^([A-Za-z_]+)(?::(user|ip))?=(\d+)\/(\d+)([smh]?)$/;

const FORMAT_HELP =
  'expected comma-separated RULE=limit/seconds (the per-account limit) or RULE:ip=limit/seconds (the per-IP limit), ' +
  'seconds optionally as 30s, 5m or 1h, e.g. "POST_CREATE=30/60,POST_CREATE:ip=100/1m"';

function defaultRateLimitRules(): Record<RateLimitRuleName, RateLimitRule> {
  return Object.fromEntries(
    RATE_LIMIT_RULE_NAMES.map((name) => [
      name,
      { perUser: { ...RATE_LIMIT_RULES[name].perUser }, perIp: { ...RATE_LIMIT_RULES[name].perIp } },
    ]),
  ) as Record<RateLimitRuleName, RateLimitRule>;
}

/**
 * Parses `RATE_LIMITS` over the defaults. A typo must fail the boot: a limit
 * silently ignored is a limit nobody has.
 */
export function readRateLimits(value: string | undefined, disabled: boolean): RateLimitSettings {
  const rules = defaultRateLimitRules();
  for (const raw of (value ?? '').split(',')) {
    const entry = raw.trim();
    if (entry === '') continue;
    const match = ENTRY.exec(entry);
    if (!match) throw new Error(`RATE_LIMITS: cannot read "${entry}": ${FORMAT_HELP}`);
    const [, rawName, scope, limitText, windowText, unit] = match;
    const name = rawName.toUpperCase();
    if (!isRateLimitRuleName(name)) {
      throw new Error(`RATE_LIMITS: unknown rule "${rawName}"; the rules are ${RATE_LIMIT_RULE_NAMES.join(', ')}`);
    }
    const window: RateLimitWindow = {
      limit: Number(limitText),
      windowSeconds: Number(windowText) * UNIT_SECONDS[unit],
    };
    if (window.limit < 1 || window.limit > MAX_LIMIT) {
      throw new Error(`RATE_LIMITS: the limit in "${entry}" must be from 1 to ${MAX_LIMIT}`);
    }
    if (window.windowSeconds < 1 || window.windowSeconds > MAX_WINDOW_SECONDS) {
      throw new Error(`RATE_LIMITS: the window in "${entry}" must be from 1 second to 7 days`);
    }
    if (scope === 'ip') rules[name].perIp = window;
    else rules[name].perUser = window;
  }
  return { disabled, rules };
}
