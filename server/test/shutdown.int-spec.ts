import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { io, type Socket } from 'socket.io-client';
import { DataSource } from 'typeorm';
import { SOCKET_PATH, type ClientToServerEvents, type ServerToClientEvents } from '@ratusz/shared';
import { REPO_ROOT } from '../src/config/app-config.js';
import { registerUser } from './support/factories.js';
import { registerOutboxMailbox } from './support/mailbox.js';
import { createCategory, createThread, REPLY } from './support/forum-factories.js';
import { GraphQLClient } from './support/graphql-client.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

// Spawning a process that compiles the server as it loads takes a while on a busy 2-core machine.
const SHUTDOWN_TEST_TIMEOUT_MS = 120_000;
const CONCURRENT_WRITES = 50;

/**
 * Node hooks that run the server's TypeScript sources directly (SWC, as jest
 * does), so this test needs no build: `.js` imports find their `.ts` file and
 * `@ratusz/shared` is its source.
 */
async function writeTypeScriptLoader(dir: string): Promise<string> {
  const swc = createRequire(path.join(REPO_ROOT, 'package.json')).resolve('@swc/core');
  const hooks = path.join(dir, 'hooks.mjs');
  await writeFile(
    hooks,
    `import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import swc from ${JSON.stringify(pathToFileURL(swc).href)};
const SHARED = ${JSON.stringify(pathToFileURL(path.join(REPO_ROOT, 'shared/src/index.ts')).href)};
export async function resolve(specifier, context, next) {
  if (specifier === '@ratusz/shared') return { url: SHARED, shortCircuit: true };
  if (specifier.startsWith('.') && specifier.endsWith('.js') && context.parentURL?.startsWith('file:')) {
    const url = new URL(specifier, context.parentURL);
    const ts = new URL(url.href.slice(0, -3) + '.ts');
    if (!existsSync(fileURLToPath(url)) && existsSync(fileURLToPath(ts))) return { url: ts.href, shortCircuit: true };
  }
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const filename = fileURLToPath(url);
  const { code } = swc.transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'es6' },
  });
  return { format: 'module', source: code, shortCircuit: true };
}
`,
  );
  const register = path.join(dir, 'register.mjs');
  await writeFile(
    register,
    `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`,
  );
  return register;
}

/** `node server/src/main.ts` as production runs it (with an external database), its port read from the log. */
function startServer(
  loader: string,
  databaseUrl: string,
): { child: ChildProcess; url: Promise<string>; output: string[] } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    SEED_DEMO_DATA: 'false',
    RATE_LIMITS_DISABLED: 'true',
    CLIENT_DIST_DIR: '/nonexistent-client-build',
    NO_COLOR: '1',
    NODE_ENV: 'production',
  };
  delete env.REDIS_URL;
  const child = spawn(process.execPath, ['--import', pathToFileURL(loader).href, 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env,
  });
  const output: string[] = [];
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output.join('')}`)), 90_000);
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /Ratusz is running at (http:\/\/[\w.:]+)/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Server exited with ${code}:\n${output.join('')}`));
    });
  });
  return { child, url, output };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

type Outcome = { kind: 'saved'; id: string } | { kind: 'refused' } | { kind: 'answered with errors'; detail: string };

describe('graceful shutdown of the server process', () => {
  let dir: string;
  let database: TestDatabase;
  let db: DataSource | undefined;
  let server: ReturnType<typeof startServer> | undefined;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-shutdown-'));
    database = await createTestDatabase();
  });
  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      const exited = exitOf(server.child);
      server.child.kill('SIGKILL');
      await exited;
    }
    await db?.destroy();
    await database.drop();
    await rm(dir, { recursive: true, force: true });
  });

  it(
    'on SIGTERM finishes the writes in progress, keeps every acknowledged one, drops sockets to reconnect, exits 0',
    async () => {
      server = startServer(await writeTypeScriptLoader(dir), database.url);
      const url = await server.url;
      db = await new DataSource({ type: 'postgres', url: database.url }).initialize();
      registerOutboxMailbox(url, db);

      const author = await registerUser(new GraphQLClient(url));
      const thread = await createThread(author.client, await createCategory(db));
      const socket: ClientSocket = io(url, { path: SOCKET_PATH, transports: ['websocket'], forceNew: true });
      await new Promise<void>((resolve, reject) => {
        socket.once('connect', resolve);
        socket.once('connect_error', reject);
      });
      const socketDropped = new Promise<string>((resolve) => socket.once('disconnect', resolve));

      // Replies to one thread queue on its row lock, so the stream is still running when the signal comes.
      let answered = 0;
      const writes = Array.from({ length: CONCURRENT_WRITES }, async (_, i): Promise<Outcome> => {
        try {
          const result = await author.client.request<{ replyToPost: { id: string } }>(REPLY, {
            input: { threadId: thread.id, body: `Odpowiedź ${i}` },
          });
          answered++;
          if (result.data?.replyToPost) return { kind: 'saved', id: result.data.replyToPost.id };
          return { kind: 'answered with errors', detail: JSON.stringify(result.errors) };
        } catch {
          // Refused or cut before an answer: the client knows the write was not acknowledged.
          return { kind: 'refused' };
        }
      });
      while (answered < 3) await new Promise((resolve) => setTimeout(resolve, 5));
      const answeredBeforeSignal = answered;
      server.child.kill('SIGTERM');

      const outcomes = await Promise.all(writes);
      const code = await exitOf(server.child);
      // The log says why when it is not 0.
      expect({ code, log: code === 0 ? '' : server.output.join('') }).toEqual({ code: 0, log: '' });
      socket.io.opts.reconnection = false;
      socket.disconnect();

      const saved = outcomes.flatMap((outcome) => (outcome.kind === 'saved' ? [outcome.id] : []));
      expect(outcomes.filter((outcome) => outcome.kind === 'answered with errors')).toEqual([]);
      // The signal came with most of the stream still in progress; what had reached the server was finished.
      expect(saved.length).toBeGreaterThan(answeredBeforeSignal);
      const stored: { id: string }[] = await db.query(`SELECT id FROM forum_posts WHERE id = ANY($1)`, [saved]);
      expect(stored.map((row) => row.id).sort()).toEqual([...saved].sort());
      // Closed without a disconnect packet: socket.io clients reconnect (elsewhere) by themselves.
      expect(await socketDropped).toBe('transport close');
      expect(server.output.join('')).toMatch(/SIGTERM received, shutting down[\s\S]*Stopped/);
    },
    SHUTDOWN_TEST_TIMEOUT_MS,
  );
});
