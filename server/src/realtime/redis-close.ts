/** The two ways to end a node-redis client. */
interface ClosableRedisClient {
  quit(): Promise<unknown>;
  destroy(): void;
}

/**
 * Ends a client politely (QUIT, after its queued commands) but never waits
 * long: while Redis is unreachable node-redis holds QUIT until it reconnects,
 * which would keep a shutting-down server alive. After `ms` the connection is
 * dropped instead.
 */
export async function closeRedisClient(client: ClosableRedisClient, ms = 2000): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  try {
    const outcome = await Promise.race([client.quit().then(() => 'quit' as const), gaveUp]);
    if (outcome === 'timeout') client.destroy();
  } catch {
    client.destroy();
  } finally {
    clearTimeout(timer);
  }
}
