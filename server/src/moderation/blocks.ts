import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode } from '@ratusz/shared';
import { one, type Queryable } from '../common/database/sql.js';
import { DomainError } from '../common/errors/domain-error.js';

/**
 * "This row of moderation_sanctions (as `alias`) is a block in force": the one definition the check below, the
 * ballot's write, lifting and the moderators' author history share, so a change to what counts (say, blocks
 * that start later) cannot reach some of them only.
 */
export function blockInForce(alias: string): string {
  return `${alias}.kind = 'BLOCK' AND ${alias}.lifted_at IS NULL AND ${alias}.ends_at > now()`;
}

/** Where a write happens, as the block check finds its municipality. */
export type BlockScope =
  | { municipalityId: string | null }
  | { threadId: string }
  | { proposalId: string }
  | { treeId: string }
  | { ballotId: string };

/**
 * SQL: the municipality of the forum thread `threadId` (an SQL expression), where a thread's blocks apply. Its
 * aliases are its own, so a statement can pass a column of its own `t`.
 */
export function threadMunicipality(threadId: string): string {
  return `(SELECT bc.municipality_id FROM forum_threads bt JOIN forum_categories bc ON bc.id = bt.category_id
     WHERE bt.id = ${threadId})`;
}

function municipalityOf(scope: BlockScope): { sql: string; param: string | null } {
  if ('threadId' in scope) return { sql: threadMunicipality('$2'), param: scope.threadId };
  if ('proposalId' in scope)
    return {
      sql: `(SELECT c.municipality_id FROM proposals p JOIN consultations c ON c.id = p.consultation_id WHERE p.id = $2)`,
      param: scope.proposalId,
    };
  if ('treeId' in scope)
    return { sql: `(SELECT municipality_id FROM problem_trees WHERE id = $2)`, param: scope.treeId };
  if ('ballotId' in scope)
    return {
      sql: `(SELECT c.municipality_id FROM ballots b JOIN consultations c ON c.id = b.consultation_id WHERE b.id = $2)`,
      param: scope.ballotId,
    };
  return { sql: '$2::uuid', param: scope.municipalityId };
}

/**
 * SQL: the end of the longest block in force on the user `userId` in the municipality `municipalityId` (both SQL
 * expressions), NULL when there is none. The check below runs it alone; a write that reads its target anyway (a
 * forum reply) selects it beside, and passes the result to {@link requireNoBlock}.
 */
export function blockedUntil(userId: string, municipalityId: string): string {
  return `(SELECT max(s.ends_at) FROM moderation_sanctions s
     WHERE s.user_id = ${userId} AND ${blockInForce('s')} AND s.municipality_id = ${municipalityId})`;
}

/** USER_BLOCKED with the block's end, when {@link blockedUntil} found one. */
export function requireNoBlock(until: Date | string | null): void {
  if (until === null) return;
  throw new DomainError(ErrorCode.USER_BLOCKED, 'You are blocked from taking part in this municipality.', {
    until: new Date(until).toISOString(),
  });
}

/**
 * The one check every participating write makes (posting, supporting,
 * flagging, voting, suggesting): a user blocked in the municipality the write
 * belongs to gets USER_BLOCKED with the block's end. One statement.
 */
export async function requireNotBlocked(db: Queryable, userId: string, scope: BlockScope): Promise<void> {
  const { sql, param } = municipalityOf(scope);
  const block = await one<{ until: Date | null }>(db, `SELECT ${blockedUntil('$1', sql)} AS until`, [userId, param]);
  requireNoBlock(block?.until ?? null);
}

/** {@link requireNotBlocked} for services that hold no DataSource of their own. */
@Injectable()
export class BlockCheck {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  require(userId: string, scope: BlockScope, tx: Queryable = this.db): Promise<void> {
    return requireNotBlocked(tx, userId, scope);
  }
}
