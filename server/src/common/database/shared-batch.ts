import DataLoader from 'dataloader';

/** Keys gathered into one statement at most; a bigger burst goes out as several. */
const MAX_BATCH = 200;

/**
 * A loader shared by every request of the process, for the reads each
 * request makes once on the hot path (its session, a ballot's context): the
 * reads asked for in one turn of the event loop — by as many concurrent
 * requests as arrived together — go to the database as one statement, which
 * under load saves a round trip (and a pool connection) per request.
 *
 * Nothing is cached: each read still sees the database as it is at most one
 * turn later, exactly as a statement of its own would. Keys repeat in a batch
 * when two requests ask for the same thing; the batch answers each position.
 */
/** An Error in the answer fails that key's load alone. */
export function sharedBatchLoader<K, V>(batch: (keys: readonly K[]) => Promise<(V | Error)[]>): DataLoader<K, V> {
  return new DataLoader<K, V>(batch, {
    cache: false,
    maxBatchSize: MAX_BATCH,
    // setImmediate, not DataLoader's next tick: requests whose data arrived in the same poll phase join in.
    batchScheduleFn: (run) => setImmediate(run),
  });
}
