import type { NextFunction, Request, Response } from 'express';
import { QUERY_LIMITS, queryLimitAnswer } from './query-limits.js';

/**
 * Refuses a query document over {@link QUERY_LIMITS.length} characters before anything parses it. The token
 * limit alone still let graphql-js lex 5,000 tokens and build their syntax tree (twice: the read cache's plan and
 * Apollo) for every 70 KB alias bomb, and that work and its garbage cost the thread page nearly half its throughput
 * while one client sent such requests back to back (`npm run bench`, alias bomb). A GET request cannot carry a
 * longer document: Node refuses request lines and headers over 16 KB.
 */
export function refuseOverlongQuery(req: Request, res: Response, next: NextFunction): void {
  const query = (req.body as { query?: unknown } | undefined)?.query;
  if (typeof query === 'string' && query.length > QUERY_LIMITS.length) {
    res.status(400).json({ errors: [queryLimitAnswer('LENGTH', QUERY_LIMITS.length, query.length)] });
    return;
  }
  next();
}
