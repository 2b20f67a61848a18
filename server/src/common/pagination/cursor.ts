import { FieldErrorCode } from '@ratusz/shared';
import { DomainError } from '../errors/domain-error.js';
import type { ConnectionShape } from './connection.model.js';

/** Keyset cursors: the sort key and id of the last row, so pages stay stable while rows are added. */
export type CursorKey = [string | number, string];

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): CursorKey | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      (typeof parsed[0] === 'string' || typeof parsed[0] === 'number') &&
      typeof parsed[1] === 'string'
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw DomainError.badInput([{ field: 'after', code: FieldErrorCode.INVALID }], 'The page cursor is not valid.');
}

/** A cursor over a computed order (search rank, score order): the position after the last row shown. */
export function decodePositionCursor(cursor: string | null | undefined): number {
  const key = decodeCursor(cursor);
  if (!key) return 0;
  const position = Number(key[0]);
  if (!Number.isInteger(position) || position < 0) {
    throw DomainError.badInput([{ field: 'after', code: FieldErrorCode.INVALID }], 'The page cursor is not valid.');
  }
  return position + 1;
}

/**
 * Turns `first + 1` fetched rows into a page: the extra row only tells whether
 * there is a next page.
 */
export function toConnection<T>(rows: T[], first: number, keyOf: (row: T) => CursorKey): ConnectionShape<T> {
  const hasNextPage = rows.length > first;
  const nodes = hasNextPage ? rows.slice(0, first) : rows;
  const last = nodes.at(-1);
  return { nodes, pageInfo: { hasNextPage, endCursor: last ? encodeCursor(keyOf(last)) : null } };
}
