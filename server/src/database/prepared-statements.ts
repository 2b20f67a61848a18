import pg from 'pg';

/**
 * Most of what PostgreSQL spends on a short statement is parsing and planning it, not running it: for a forum reply's
 * statements, sent unnamed, parse and bind (where an unnamed statement is planned) were 63 % of PostgreSQL's time on
 * them and execution 25 %. A named statement is parsed once per connection, and after five runs PostgreSQL may keep a generic
 * plan for it, so each later run is a bind and an execute only.
 *
 * A statement text gets a name the second time this process sends it, so SQL built with values in its text (which
 * would never repeat) does not use up names; at most MAX_NAMED texts are named, so a connection holds a bounded
 * number of prepared statements whatever the process runs. Named statements are per connection and do not survive
 * a transaction-pooling proxy (PgBouncer in transaction mode); docs/deployment.md says so.
 */
const MAX_NAMED = 1000;
/** Texts sent once so far; cleared when it grows past this, so one-off SQL costs bounded memory. */
const MAX_SEEN_ONCE = 10_000;

export class StatementNames {
  private readonly named = new Map<string, string>();
  private readonly seenOnce = new Set<string>();

  constructor(
    private readonly maxNamed = MAX_NAMED,
    private readonly maxSeenOnce = MAX_SEEN_ONCE,
  ) {}

  /** The name a statement text runs under in this process, or null while it is not (yet) worth one. */
  nameFor(text: string): string | null {
    const name = this.named.get(text);
    if (name !== undefined) return name;
    if (!this.seenOnce.has(text)) {
      if (this.seenOnce.size >= this.maxSeenOnce) this.seenOnce.clear();
      this.seenOnce.add(text);
      return null;
    }
    if (this.named.size >= this.maxNamed) return null;
    this.seenOnce.delete(text);
    const given = `ratusz_${this.named.size + 1}`;
    this.named.set(text, given);
    return given;
  }
}

/** One per process: a name always stands for the same text, on whichever connection runs it. */
const names = new StatementNames();

type AnyQuery = (config: unknown, ...rest: unknown[]) => unknown;

/**
 * The pool's client (pg-pool's `Client` option): a query sent as text with parameters, as TypeORM sends every one,
 * goes out as a named statement once its text has a name. Statements without parameters (BEGIN, COMMIT, DDL) use
 * the simple protocol as before.
 */
export class PreparingClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const plain = this.query.bind(this) as AnyQuery;
    const query: AnyQuery = (config, ...rest) => {
      const values = rest[0];
      if (typeof config === 'string' && Array.isArray(values) && values.length > 0) {
        const name = names.nameFor(config);
        if (name) return plain({ name, text: config, values }, ...rest.slice(1));
      }
      return plain(config, ...rest);
    };
    // pg types query() as a dozen overloads; this one forwards every call form to them unchanged.
    this.query = query as unknown as pg.Client['query'];
  }
}
