import type { DataSource } from 'typeorm';

/**
 * What changes whatever a request is for: rate-limit and login counters, the
 * audit trail (a refusal can be worth recording), the time a session was last
 * used, and the delivery state the mail worker updates in the background.
 */
const IGNORED_TABLES = new Set(['rate_limits', 'login_throttle', 'audit_events', 'migrations']);
const IGNORED_COLUMNS: Record<string, string[]> = {
  sessions: ['last_seen_at'],
  mail_outbox: ['status', 'error', 'attempts', 'next_attempt_at', 'sent_at'],
  notifications: ['mailed_at'],
};

export interface WriteLog {
  /** Where the log is now: pass it to `since`. */
  mark(): Promise<number>;
  /** Every row written after the mark, as `table OPERATION id`. */
  since(mark: number): Promise<string[]>;
}

/**
 * Row triggers on every application table of a test database that log each
 * insert, delete and real update (ignored columns aside): proving a refused
 * call wrote nothing costs one query, and names the rows when it did.
 */
export async function installWriteLog(db: DataSource): Promise<WriteLog> {
  await db.query(`CREATE SCHEMA write_log`);
  await db.query(
    `CREATE TABLE write_log.writes (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL, row_id text)`,
  );
  await db.query(`
    CREATE FUNCTION write_log.record() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      ignored text[] := coalesce(TG_ARGV, '{}'::text[]);
    BEGIN
      IF TG_OP = 'UPDATE' AND (to_jsonb(OLD) - ignored) = (to_jsonb(NEW) - ignored) THEN
        RETURN NULL;
      END IF;
      INSERT INTO write_log.writes (tbl, op, row_id)
      VALUES (TG_TABLE_NAME, TG_OP, coalesce(to_jsonb(NEW) ->> 'id', to_jsonb(OLD) ->> 'id'));
      RETURN NULL;
    END $$`);
  const tables: { name: string }[] = await db.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
  );
  for (const { name } of tables) {
    if (IGNORED_TABLES.has(name)) continue;
    const args = (IGNORED_COLUMNS[name] ?? []).map((column) => `'${column}'`).join(', ');
    await db.query(
      `CREATE TRIGGER write_log AFTER INSERT OR UPDATE OR DELETE ON public."${name}"
       FOR EACH ROW EXECUTE FUNCTION write_log.record(${args})`,
    );
  }
  return {
    async mark() {
      const [row]: { id: string | null }[] = await db.query(`SELECT max(id) AS id FROM write_log.writes`);
      return Number(row.id ?? 0);
    },
    async since(mark) {
      const rows: { entry: string }[] = await db.query(
        `SELECT tbl || ' ' || op || ' ' || coalesce(row_id, '') AS entry FROM write_log.writes WHERE id > $1 ORDER BY id`,
        [mark],
      );
      return rows.map((row) => row.entry);
    },
  };
}
