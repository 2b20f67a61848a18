import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from './support/test-app.js';

function directives(header: string | null): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name, values.join(' ')] as [string, string];
      }),
  );
}

describe('security headers', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = await mkdtemp(path.join(os.tmpdir(), 'ratusz-dist-'));
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><html lang="pl"><body>klient</body></html>');
    t = await startTestApp({ config: { clientDistDir: dist } });
  });
  afterAll(async () => {
    await t.close();
    await rm(dist, { recursive: true, force: true });
  });

  const page = () => fetch(`${t.url}/forum`, { headers: { accept: 'text/html' } });
  const api = () =>
    fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serviceAreas { code } }' }),
    });

  it.each([
    ['a page', page],
    ['the API', api],
    ['the health check', () => fetch(`${t.url}/health`)],
    ['a 404', () => fetch(`${t.url}/nothing-here`, { headers: { accept: '*/*' } })],
  ])('%s carries a strict Content-Security-Policy and the other headers', async (_what, load) => {
    const response = await load();
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    for (const [name, value] of csp) expect(`${name} ${value}`).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
    // Plain HTTP by default: HSTS would lock a browser out of an http-only install.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('sends HSTS when the site is served over HTTPS (COOKIE_SECURE=true)', async () => {
    const secure = await startTestApp({ config: { cookieSecure: true } });
    try {
      const response = await fetch(`${secure.url}/health`);
      expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    } finally {
      await secure.close();
    }
  });
});
