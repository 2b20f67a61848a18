import { SetMetadata } from '@nestjs/common';
import type { RateLimitRuleName } from './rate-limit.rules.js';

export const RATE_LIMIT_METADATA = 'ratusz:rate-limit';

/**
 * Counts every call of this operation (GraphQL root field or HTTP handler)
 * against the rule's per-account and per-IP limits; the global RateLimitGuard
 * refuses calls over either. Every mutation needs one (a test walks the schema).
 */
export const RateLimit = (rule: RateLimitRuleName) => SetMetadata(RATE_LIMIT_METADATA, rule);
