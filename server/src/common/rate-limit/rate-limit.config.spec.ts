import { loadConfig } from '../../config/app-config.js';
import { readRateLimits } from './rate-limit.config.js';
import { RATE_LIMIT_RULES } from './rate-limit.rules.js';

describe('RATE_LIMITS', () => {
  it('keeps the defaults when unset', () => {
    expect(readRateLimits(undefined, false).rules).toEqual(RATE_LIMIT_RULES);
  });

  it('overrides per-account limits, and per-IP limits with :ip, in seconds, minutes or hours', () => {
    const { rules } = readRateLimits(' POST_CREATE=30/60, search=120/1m ,POST_CREATE:ip=500/1h', false);
    expect(rules.POST_CREATE).toEqual({
      perUser: { limit: 30, windowSeconds: 60 },
      perIp: { limit: 500, windowSeconds: 3600 },
    });
    expect(rules.SEARCH.perUser).toEqual({ limit: 120, windowSeconds: 60 });
    expect(rules.SEARCH.perIp).toEqual(RATE_LIMIT_RULES.SEARCH.perIp);
    expect(rules.LOGIN).toEqual(RATE_LIMIT_RULES.LOGIN);
  });

  it.each([
    ['POST_CREATE=30', /cannot read "POST_CREATE=30"/],
    ['POST_CREAT=30/60', /unknown rule "POST_CREAT"; the rules are LOGIN, /],
    ['POST_CREATE=0/60', /limit in "POST_CREATE=0\/60" must be from 1/],
    ['POST_CREATE=5/0', /window in "POST_CREATE=5\/0" must be from 1 second/],
    ['POST_CREATE:admin=5/60', /cannot read/],
  ])('fails the boot on %s', (value, message) => {
    expect(() => loadConfig({ RATE_LIMITS: value })).toThrow(message);
  });

  it('reads RATE_LIMITS_DISABLED', () => {
    expect(loadConfig({ RATE_LIMITS_DISABLED: 'true' }).rateLimits.disabled).toBe(true);
    expect(loadConfig({}).rateLimits.disabled).toBe(false);
    expect(() => loadConfig({ RATE_LIMITS_DISABLED: 'maybe' })).toThrow(/RATE_LIMITS_DISABLED must be true or false/);
  });
});
