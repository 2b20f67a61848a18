import { FieldErrorCode, ProposalSort } from '@ratusz/shared';
import { DomainError } from '../common/errors/domain-error.js';
import type { Proposal } from './models/proposal.model.js';

/**
 * Keyset cursors for the three orders of a proposal list. Each order has its
 * own key (SUPPORTS: count, creation time, id; NEWEST: creation time, id;
 * RANDOM: the seeded hash, id), so a cursor names its order and one from
 * another order is refused rather than misread.
 */
export type ProposalCursorKey =
  | { sort: 'SUPPORTS'; supportCount: number; createdAt: string; id: string }
  | { sort: 'NEWEST'; createdAt: string; id: string }
  | { sort: 'RANDOM'; hash: string; id: string };

/** A proposal row as the list reads it: the random order's hash comes with it. */
export type ListedProposal = Proposal & { randomKey: string | null };

export function cursorKeyOf(sort: ProposalSort, row: ListedProposal): ProposalCursorKey {
  switch (sort) {
    case ProposalSort.SUPPORTS:
      return { sort, supportCount: row.supportCount, createdAt: row.cursorAt, id: row.id };
    case ProposalSort.RANDOM:
      return { sort, hash: row.randomKey ?? '', id: row.id };
    default:
      return { sort: ProposalSort.NEWEST, createdAt: row.cursorAt, id: row.id };
  }
}

export function encodeProposalCursor(key: ProposalCursorKey): string {
  const values =
    key.sort === 'SUPPORTS'
      ? [key.supportCount, key.createdAt, key.id]
      : key.sort === 'NEWEST'
        ? [key.createdAt, key.id]
        : [key.hash, key.id];
  return Buffer.from(JSON.stringify([key.sort, ...values])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HASH = /^[0-9a-f]{32}$/;
const INT_MAX = 2_147_483_647;

function invalidCursor(): DomainError {
  return DomainError.badInput([{ field: 'after', code: FieldErrorCode.INVALID }], 'The page cursor is not valid.');
}

/** A timestamp as PostgreSQL writes `created_at::text` (what the cursor was made from), nothing looser. */
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)$/;

/** A real calendar instant PostgreSQL will read back: no 30th of February, no 25th hour. */
function isTime(value: unknown): value is string {
  const match = typeof value === 'string' ? TIMESTAMP.exec(value) : null;
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

/** The key after which the page starts, for this order; BAD_USER_INPUT for anything else. */
export function decodeProposalCursor(cursor: string | null | undefined, sort: ProposalSort): ProposalCursorKey | null {
  if (!cursor) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed[0] !== sort) throw invalidCursor();
  const id: unknown = parsed.at(-1);
  if (typeof id !== 'string' || !UUID.test(id)) throw invalidCursor();
  if (sort === ProposalSort.SUPPORTS && parsed.length === 4) {
    const [, supportCount, createdAt] = parsed as unknown[];
    if (
      Number.isInteger(supportCount) &&
      (supportCount as number) >= 0 &&
      (supportCount as number) <= INT_MAX &&
      isTime(createdAt)
    ) {
      return { sort, supportCount: supportCount as number, createdAt, id };
    }
  }
  if (sort === ProposalSort.NEWEST && parsed.length === 3 && isTime(parsed[1])) {
    return { sort, createdAt: parsed[1], id };
  }
  if (sort === ProposalSort.RANDOM && parsed.length === 3 && typeof parsed[1] === 'string' && HASH.test(parsed[1])) {
    return { sort, hash: parsed[1], id };
  }
  throw invalidCursor();
}
