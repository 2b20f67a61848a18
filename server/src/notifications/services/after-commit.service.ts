import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import type { Queryable } from '../../common/database/sql.js';

/**
 * Runs work once the caller's transaction has committed (and never if it rolls
 * back): a live push must not announce what a re-read would not find. Other
 * features hand `notify` their transaction, so it cannot publish on its own.
 */
@Injectable()
export class AfterCommitService implements OnModuleInit, EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, (() => void)[]>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  onModuleInit(): void {
    this.db.subscribers.push(this);
  }

  /** Runs `work` after `tx` commits; at once when there is no transaction. */
  run(tx: Queryable, work: () => void): void {
    const runner = tx instanceof EntityManager ? tx.queryRunner : undefined;
    if (!runner?.isTransactionActive) {
      work();
      return;
    }
    const list = this.pending.get(runner) ?? [];
    list.push(work);
    this.pending.set(runner, list);
  }

  afterTransactionCommit(event: { queryRunner: QueryRunner }): void {
    // A savepoint's release also reports a commit; only the outermost one is final.
    if (event.queryRunner.isTransactionActive) return;
    const list = this.pending.get(event.queryRunner);
    this.pending.delete(event.queryRunner);
    list?.forEach((work) => work());
  }

  afterTransactionRollback(event: { queryRunner: QueryRunner }): void {
    if (event.queryRunner.isTransactionActive) return;
    this.pending.delete(event.queryRunner);
  }
}
