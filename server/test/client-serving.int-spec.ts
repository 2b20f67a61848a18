import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('serving the built client on the API port', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'ratusz-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><html lang="pl"><body>klient</body></html>');
    await writeFile(path.join(dist, 'assets', 'app-abc123.js'), 'console.log(1)');
    t = await startTestApp({ config: { clientDistDir: dist } });
  });
  afterAll(async () => {
    await t.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('answers page loads of client routes with index.html, uncached', async () => {
    const response = await fetch(`${t.url}/profil`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.text()).toContain('klient');
  });

  it('serves assets', async () => {
    const response = await fetch(`${t.url}/assets/app-abc123.js`);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('never shadows the health check or the API, whatever the client accepts', async () => {
    for (const accept of ['*/*', 'text/html']) {
      const health = await fetch(`${t.url}/health`, { headers: { accept } });
      expect(await health.json()).toMatchObject({ status: 'ok' });
    }
    const missingAsset = await fetch(`${t.url}/assets/gone.js`);
    expect(missingAsset.status).toBe(404);
  });

  it('answers a request that is not a page load and matches nothing with a JSON 404, never a stack trace', async () => {
    for (const path of ['/', '/assets/gone.js']) {
      const response = await fetch(`${t.url}${path}`, { headers: { accept: '*/*' } });
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ statusCode: 404, message: `Cannot GET ${path}`, error: 'Not Found' });
    }
  });
});
