import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface SpawnedServer {
  url: string;
  /** The process id, e.g. to read its memory from /proc. */
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts a built entry point in its own process and waits for the line that
 * names its URL. Measured servers run apart from the load generator, so they
 * do not share its event loop.
 */
export function spawnServer(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  ready: RegExp,
  /** Options for node itself, e.g. `--cpu-prof` (not allowed in NODE_OPTIONS). */
  nodeArgs: string[] = [],
): Promise<SpawnedServer> {
  // BENCH_PIN=0 (with the bench itself under `taskset -c 1`): the measured server gets a core of its own, so its
  // CPU profile shows its own work, not the moments other processes took its core (those read as `writev`).
  const pin = process.env.BENCH_PIN ? ['taskset', '-c', process.env.BENCH_PIN] : [];
  const child: ChildProcess = spawn(
    pin[0] ?? process.execPath,
    [
      ...pin.slice(1),
      ...(pin.length > 0 ? [process.execPath] : []),
      // The young generation's size as deployed (the Dockerfile's CMD, `start:prod`).
      '--max-semi-space-size=64',
      ...nodeArgs,
      fileURLToPath(new URL(script, import.meta.url)),
      ...args,
    ],
    {
      // NODE_ENV as deployed (the Docker image sets it): graphql-js, Express and Apollo skip their development-time
      // checks, e.g. graphql-js's cross-realm instanceOf (3.8 % of an executed thread page's profile without it). The
      // baselines get it too, so the ratios compare like with like.
      env: { ...process.env, NODE_ENV: 'production', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  let started = false;
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      if (started) return;
      output += chunk.toString();
      const match = ready.exec(output);
      if (match) {
        // From here on the output is drained unread: kept and searched, a busy server's log would grow without end.
        started = true;
        resolve({
          url: match[1].replace('localhost', '127.0.0.1'),
          pid: child.pid!,
          stop: () =>
            new Promise((done) => {
              child.once('exit', () => done());
              child.kill('SIGTERM');
            }),
        });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}:\n${output}`)));
  });
}
