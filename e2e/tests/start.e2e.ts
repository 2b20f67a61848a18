import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, chmod } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { REPO_ROOT } from '../../server/src/config/app-config.js';
import { launchBrowser } from '../support/browser.js';

/**
 * What `npm start` runs, as a separate process: the built server on the
 * embedded PostgreSQL (no DATABASE_URL), from an empty data directory.
 */
function startServer(dataDir: string): { child: ChildProcess; url: Promise<string>; output: string[] } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    RATUSZ_DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    NO_COLOR: '1',
  };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'server/dist/server/src/main.js')], {
    env,
    cwd: REPO_ROOT,
  });
  const output: string[] = [];
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Server did not start:\n${output.join('')}`)), 60_000);
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
    child.once('exit', (code) => reject(new Error(`Server exited with ${code}:\n${output.join('')}`)));
  });
  return { child, url, output };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** PostgreSQL removes its pid file only on a clean shutdown. */
function postgresStillRunning(dataDir: string): boolean {
  return existsSync(path.join(dataDir, 'pg', 'postmaster.pid'));
}

describe('the product as `npm start` runs it', () => {
  let dataDir: string;
  let browser: Browser;
  let running: ChildProcess | undefined;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'ratusz-start-'));
    // As root the embedded PostgreSQL runs as the postgres user, which must reach the directory.
    await chmod(dataDir, 0o755);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    // A failed assertion must not leave the server (and its PostgreSQL) running.
    if (running && running.exitCode === null) {
      const exited = exitOf(running);
      running.kill('SIGTERM');
      await exited;
    }
    await browser.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves the Polish home page with demo municipalities, logs the demo accounts, and stops cleanly on SIGTERM', async () => {
    const server = startServer(dataDir);
    running = server.child;
    const url = await server.url;
    expect(postgresStillRunning(dataDir)).toBe(true);
    expect(server.output.join('')).toMatch(/admin@ratusz\.example/);

    const page = await browser.newPage();
    await page.goto(url);
    expect(await page.getAttribute('html', 'lang')).toBe('pl');
    await page.getByText('Powiat wołomiński').first().waitFor();
    await page.getByText('Ząbki').first().waitFor();
    await page.close();

    const exited = exitOf(server.child);
    server.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(postgresStillRunning(dataDir)).toBe(false);
  });
});
