import http from 'node:http';
import autocannon from 'autocannon';
import { percentile } from './bench-setup.js';

/**
 * The attack from the hardening issue: one anonymous request with 1,000
 * aliases of a 100-post thread page. Measures how long the server takes to
 * refuse it, and the ordinary thread page's throughput while one client sends
 * such requests back to back, against the same page without them.
 */

const ALIASES = 1000;
const REFUSALS_SAMPLED = 200;
/** Unmeasured first refusals: the first ones also compile the server's code paths (JIT), which no attacker pays for. */
const WARM_UP = 10;

function aliasBomb(threadId: string): string {
  // The thread id as a variable keeps the request under the 100 KB body limit, so the GraphQL limits are what refuses it.
  const fields = Array.from(
    { length: ALIASES },
    (_, i) => `a${i}: threadPosts(threadId: $t, first: 100) { nodes { id bodyHtml } }`,
  );
  return JSON.stringify({ query: `query($t: ID!) { ${fields.join(' ')} }`, variables: { t: threadId } });
}

/**
 * The attacker's client: node:http on one kept-alive connection. It shares the bench's event loop with autocannon,
 * and fetch cost about a millisecond of that loop per 68 KB request: once the page got cheap, the attacker's own
 * client, not the server, took a fifth of the page's measured throughput.
 */
const attackerAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(url: string, body: Buffer): Promise<{ status: number; contentType: string; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: attackerAgent,
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? '',
            text: Buffer.concat(chunks).toString(),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

async function refuse(url: string, body: Buffer): Promise<{ ms: number; code: string | undefined; bytes: number }> {
  const started = performance.now();
  const response = await post(url, body);
  const ms = performance.now() - started;
  const text = response.text;
  if (!response.contentType.includes('json')) return { ms, code: `HTTP ${response.status}`, bytes: text.length };
  const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string } }[] };
  return { ms, code: parsed.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`, bytes: text.length };
}

export async function aliasBombBench(
  url: string,
  threadPageBody: string,
  threadId: string,
  options: { connections: number; durationSeconds: number },
): Promise<void> {
  const bomb = Buffer.from(aliasBomb(threadId));
  const times: number[] = [];
  const codes = new Set<string | undefined>();
  let largest = 0;
  for (let i = 0; i < WARM_UP; i++) await refuse(url, bomb);
  for (let i = 0; i < REFUSALS_SAMPLED; i++) {
    const refused = await refuse(url, bomb);
    times.push(refused.ms);
    codes.add(refused.code);
    largest = Math.max(largest, refused.bytes);
  }
  times.sort((a, b) => a - b);
  const p99 = percentile(times, 99);
  console.log(
    `alias bomb (${ALIASES} aliases of a 100-post page, ${(bomb.length / 1024).toFixed(0)} KB): refused with ${[...codes].join(', ')}` +
      ` in p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, answer ≤ ${largest} bytes` +
      `   (target < 50 ms: ${p99 < 50 && !codes.has(undefined) ? 'met' : 'NOT met'})`,
  );

  const page = () =>
    autocannon({
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: threadPageBody,
      connections: options.connections,
      duration: options.durationSeconds,
    });
  const quiet = await page();
  let attacking = true;
  let sent = 0;
  const attacker = (async () => {
    while (attacking) {
      await refuse(url, bomb);
      sent++;
    }
  })();
  const underAttack = await page();
  attacking = false;
  await attacker;
  attackerAgent.destroy();
  const ratio = underAttack.requests.average / quiet.requests.average;
  console.log(
    `thread page while one client sends alias bombs back to back (${sent} sent): ` +
      `${underAttack.requests.average.toFixed(0)} req/s, p99 ${underAttack.latency.p99} ms; ` +
      `without: ${quiet.requests.average.toFixed(0)} req/s, p99 ${quiet.latency.p99} ms` +
      `   ratio ${ratio.toFixed(2)} (target ≥ 0.8: ${ratio >= 0.8 ? 'met' : 'NOT met'})`,
  );
}
