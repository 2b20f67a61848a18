import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import { MetadataScanner } from '@nestjs/core';
import { UPLOAD_CSRF_HEADER } from '@ratusz/shared';
import { RATE_LIMIT_METADATA } from '../src/common/rate-limit/rate-limit.decorator.js';
import { RateLimitHousekeepingService } from '../src/common/rate-limit/rate-limit-housekeeping.service.js';
import { RateLimitRepository } from '../src/common/rate-limit/repositories/rate-limit.repository.js';
import { RATE_LIMIT_RULES } from '../src/common/rate-limit/rate-limit.rules.js';
import { REPO_ROOT } from '../src/config/app-config.js';
import { resolvers } from '../src/schema/resolvers.js';
import { registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread, REPLY } from './support/forum-factories.js';
import { errorCode, GraphQLClient, type GraphQLResponse } from './support/graphql-client.js';
import { relaxedRateLimits, startTestApp, type TestApp } from './support/test-app.js';
import { redisAvailable, redisUrl } from './support/redis.js';

const WINDOW_SECONDS = 60;
/** POST_CREATE cut down to a size a test can reach: 3 per account and 5 per IP a minute. */
const tinyPostLimits = (extra: Parameters<typeof relaxedRateLimits>[0] = {}) =>
  relaxedRateLimits({
    POST_CREATE: {
      perUser: { limit: 3, windowSeconds: WINDOW_SECONDS },
      perIp: { limit: 5, windowSeconds: WINDOW_SECONDS },
    },
    ...extra,
  });

/** IPs no other run has used, for counters that outlive the test (Redis). */
const freshIp = () => `10.${randomInt(100, 250)}.${randomInt(0, 250)}.${randomInt(1, 250)}`;

/** The same account (its session cookie) seen from another address. */
function from(t: TestApp, user: RegisteredUser, ip: string): GraphQLClient {
  const client = t.client(ip);
  client.cookie = user.client.cookie;
  return client;
}

function replyTo(client: GraphQLClient, threadId: string): Promise<GraphQLResponse<unknown>> {
  return client.request(REPLY, { input: { threadId, body: 'Kolejna odpowiedź' } });
}

function expectAllowed(result: GraphQLResponse<unknown>): void {
  expect(result.errors).toBeUndefined();
}

function expectLimited(result: GraphQLResponse<unknown>, windowSeconds = WINDOW_SECONDS): void {
  expect(errorCode(result)).toBe('RATE_LIMITED');
  const retryAfter = result.errors?.[0]?.extensions?.retryAfterSeconds ?? 0;
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
}

async function threadIn(t: TestApp): Promise<string> {
  const author = await registerUser(t.client(freshIp()));
  return (await createThread(author.client, await createCategory(t.db))).id;
}

describe('rate limits', () => {
  let a: TestApp;
  let b: TestApp;
  let threadId: string;

  beforeAll(async () => {
    a = await startTestApp({
      config: {
        rateLimits: tinyPostLimits({
          DOCUMENT_UPLOAD: {
            perUser: { limit: 1, windowSeconds: 600 },
            perIp: { limit: 1, windowSeconds: 600 },
          },
          MARKDOWN_PREVIEW: {
            perUser: { limit: 100, windowSeconds: 60 },
            perIp: { limit: 2, windowSeconds: 2 },
          },
        }),
      },
    });
    // A second instance on the same database: the counters live there, not in either process.
    b = await startTestApp({ databaseUrl: a.databaseUrl, config: { rateLimits: tinyPostLimits() } });
    threadId = await threadIn(a);
  });
  afterAll(async () => {
    await b?.app.close();
    await a?.close();
  });

  it('refuses the request after the limit with RATE_LIMITED and a retry time within the window', async () => {
    const user = await registerUser(a.client());
    const client = from(a, user, freshIp());
    for (let i = 0; i < 3; i++) expectAllowed(await replyTo(client, threadId));
    const refused = await replyTo(client, threadId);
    expectLimited(refused);
    expect(refused.errors?.[0]?.message).toMatch(/too many/i);
    // A refused request wrote nothing.
    const [{ count }] = await a.db.query<{ count: string }[]>('SELECT count(*) FROM forum_posts WHERE author_id = $1', [
      user.id,
    ]);
    expect(Number(count)).toBe(3);
  });

  it('limits another account on the same IP by the IP rule', async () => {
    const ip = freshIp();
    const first = from(a, await registerUser(a.client()), ip);
    const second = from(a, await registerUser(a.client()), ip);
    for (let i = 0; i < 3; i++) expectAllowed(await replyTo(first, threadId));
    expectAllowed(await replyTo(second, threadId));
    expectAllowed(await replyTo(second, threadId));
    // The second account has posted twice (under its own limit of 3), but the address has reached 5.
    expectLimited(await replyTo(second, threadId));
    // Another address is not affected.
    expectAllowed(await replyTo(from(a, await registerUser(a.client()), freshIp()), threadId));
  });

  it('limits the same account on another IP by the account rule', async () => {
    const user = await registerUser(a.client());
    for (let i = 0; i < 3; i++) expectAllowed(await replyTo(from(a, user, freshIp()), threadId));
    expectLimited(await replyTo(from(a, user, freshIp()), threadId));
  });

  it('shares the counters between two instances on one database', async () => {
    const user = await registerUser(a.client());
    const ip = freshIp();
    expectAllowed(await replyTo(from(a, user, ip), threadId));
    expectAllowed(await replyTo(from(b, user, ip), threadId));
    expectAllowed(await replyTo(from(a, user, ip), threadId));
    expectLimited(await replyTo(from(b, user, ip), threadId));
    expectLimited(await replyTo(from(a, user, ip), threadId));
  });

  it('limits anonymous expensive reads by IP and lets them through again when the window closes', async () => {
    const client = a.client(freshIp());
    const preview = () => client.request(`query($body: String!) { previewMarkdown(body: $body) }`, { body: '**a**' });
    expectAllowed(await preview());
    expectAllowed(await preview());
    const refused = await preview();
    expectLimited(refused, 2);
    const wait = refused.errors?.[0]?.extensions?.retryAfterSeconds ?? 2;
    await new Promise((resolve) => setTimeout(resolve, wait * 1000 + 100));
    expectAllowed(await preview());
  });

  it('counts every alias of a limited field', async () => {
    const client = a.client(freshIp());
    const result = await client.request(
      `{ a: previewMarkdown(body: "a") b: previewMarkdown(body: "b") c: previewMarkdown(body: "c") }`,
    );
    expect(errorCode(result)).toBe('RATE_LIMITED');
  });

  it('answers HTTP handlers over the limit with 429 and Retry-After', async () => {
    const ip = freshIp();
    const upload = () =>
      fetch(`${a.url}/api/uploads`, {
        method: 'POST',
        headers: {
          'x-forwarded-for': ip,
          [UPLOAD_CSRF_HEADER]: '1',
          'content-type': 'multipart/form-data; boundary=x',
        },
        body: '--x--\r\n',
      });
    // The first one passes the limit and is refused by the handler for want of a session.
    expect((await upload()).status).toBe(401);
    const refused = await upload();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const body = (await refused.json()) as GraphQLResponse<unknown>;
    expect(errorCode(body)).toBe('RATE_LIMITED');
    expect(body.errors?.[0]?.extensions?.retryAfterSeconds).toBe(retryAfter);
  });

  it('keeps the counters in PostgreSQL and prunes closed windows', async () => {
    const livePostCounters = async () =>
      Number(
        (
          await a.db.query<{ count: string }[]>(
            `SELECT count(*) FROM rate_limits WHERE key LIKE 'POST_CREATE:%' AND expires_at > now()`,
          )
        )[0].count,
      );
    const live = await livePostCounters();
    expect(live).toBeGreaterThan(0);
    await a.db.query(
      `INSERT INTO rate_limits (key, hits, expires_at) VALUES ('POST_CREATE:ip:192.0.2.1', 4, now() - interval '1 second')`,
    );
    await a.app.get(RateLimitHousekeepingService).run();
    const [{ expired }] = await a.db.query<{ expired: string }[]>(
      'SELECT count(*) AS expired FROM rate_limits WHERE expires_at <= now()',
    );
    expect(Number(expired)).toBe(0);
    expect(await livePostCounters()).toBe(live);
  });

  it('counts concurrent requests on one key one by one, though they share a statement', async () => {
    const counters = a.app.get(RateLimitRepository);
    const key = `TEST:ip:${randomInt(1e9)}`;
    const other = `TEST:user:${randomInt(1e9)}`;
    const hits = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        counters.hit(
          i % 2 === 0
            ? [{ key, windowSeconds: 60 }]
            : [
                { key, windowSeconds: 60 },
                { key: other, windowSeconds: 60 },
              ],
        ),
      ),
    );
    expect(hits.map((request) => request[0].hits).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(hits.flatMap((request) => request.slice(1).map((hit) => hit.hits)).sort()).toEqual([1, 2, 3]);
    const [{ hits: stored }] = await a.db.query<{ hits: number }[]>('SELECT hits FROM rate_limits WHERE key = $1', [
      key,
    ]);
    expect(stored).toBe(6);
  });

  it('names a rate-limit rule on every mutation and on the expensive public reads', () => {
    const declared = declaredRules();
    const schema = a.app.get(GraphQLSchemaHost).schema;
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`);
    expect(mutations.length).toBeGreaterThan(10);
    const expensiveReads = ['Query.previewMarkdown', 'Query.forumSearch', 'Query.mentionSuggestions'];
    const missing = [...mutations, ...expensiveReads].filter(
      (field) => !Object.hasOwn(RATE_LIMIT_RULES, declared.get(field) ?? ''),
    );
    expect(missing).toEqual([]);
    expect([declared.get('Mutation.register'), declared.get('Mutation.login')]).toEqual(['REGISTER', 'LOGIN']);
  });

  it('documents every rule in SECURITY.md with its limits and the operations it covers', () => {
    const security = readFileSync(path.join(REPO_ROOT, 'SECURITY.md'), 'utf8');
    const rows = new Map<string, string[]>();
    for (const line of security.split('\n')) {
      const cells = line.split('|').map((cell) => cell.trim());
      const name = /^`([A-Z_]+)`$/.exec(cells[1] ?? '')?.[1];
      if (name && cells.length === 7) rows.set(name, cells.slice(2, 6));
    }
    const window = (seconds: number) => (seconds % 3600 === 0 ? `${seconds / 3600} h` : `${seconds / 60} min`);
    const declared = declaredRules();
    const problems: string[] = [];
    for (const [name, rule] of Object.entries(RATE_LIMIT_RULES)) {
      const row = rows.get(name);
      if (!row) {
        problems.push(`${name}: no row`);
        continue;
      }
      const [operations, perUser, perIp, windowText] = row;
      const expected = [String(rule.perUser.limit), String(rule.perIp.limit), window(rule.perUser.windowSeconds)];
      if ([perUser, perIp, windowText].join() !== expected.join()) {
        problems.push(`${name}: documented ${[perUser, perIp, windowText].join(' / ')}, is ${expected.join(' / ')}`);
      }
      for (const [field, ruleName] of declared) {
        if (ruleName === name && !operations.includes(`\`${field.split('.')[1]}\``)) {
          problems.push(`${name}: ${field} not listed`);
        }
      }
    }
    for (const name of rows.keys()) if (!Object.hasOwn(RATE_LIMIT_RULES, name)) problems.push(`${name}: no such rule`);
    expect(problems).toEqual([]);
  });
});

/** Every Query and Mutation field of the resolvers, with the rate-limit rule it names (if any). */
function declaredRules(): Map<string, string | undefined> {
  const scanner = new MetadataScanner();
  const declared = new Map<string, string | undefined>();
  for (const resolver of resolvers) {
    const prototype = resolver.prototype as unknown as Record<string, unknown>;
    for (const method of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[method] as (...args: unknown[]) => unknown;
      const type = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      if (type !== 'Query' && type !== 'Mutation') continue;
      const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
      const rule =
        (Reflect.getMetadata(RATE_LIMIT_METADATA, handler) as string | undefined) ??
        (Reflect.getMetadata(RATE_LIMIT_METADATA, resolver) as string | undefined);
      declared.set(`${type}.${name}`, rule);
    }
  }
  return declared;
}

describe('rate limits in Redis (REDIS_URL)', () => {
  let available = false;
  let a: TestApp;
  let b: TestApp;
  let threadId: string;

  beforeAll(async () => {
    available = await redisAvailable();
    if (!available) {
      console.warn(
        `Redis is not reachable at ${redisUrl}: the Redis rate-limit test is skipped. Set REDIS_URL to run it.`,
      );
      return;
    }
    a = await startTestApp({ config: { redisUrl, rateLimits: tinyPostLimits() } });
    b = await startTestApp({ databaseUrl: a.databaseUrl, config: { redisUrl, rateLimits: tinyPostLimits() } });
    threadId = await threadIn(a);
  });
  afterAll(async () => {
    if (!available) return;
    await b.app.close();
    await a.close();
  });

  it('shares the per-account and per-IP counters between instances through Redis, not PostgreSQL', async () => {
    if (!available) return;
    const user = await registerUser(a.client());
    const ip = freshIp();
    expectAllowed(await replyTo(from(a, user, ip), threadId));
    expectAllowed(await replyTo(from(b, user, ip), threadId));
    expectAllowed(await replyTo(from(a, user, freshIp()), threadId));
    expectLimited(await replyTo(from(b, user, freshIp()), threadId));

    const second = await registerUser(a.client());
    const third = await registerUser(a.client());
    expectAllowed(await replyTo(from(b, second, ip), threadId));
    expectAllowed(await replyTo(from(a, second, ip), threadId));
    expectAllowed(await replyTo(from(a, third, ip), threadId));
    // The address has been counted 5 times (three accounts, both instances); no account is over its own 3.
    expectLimited(await replyTo(from(b, third, ip), threadId));

    const [{ count }] = await a.db.query<{ count: string }[]>('SELECT count(*) FROM rate_limits');
    expect(Number(count)).toBe(0);
  });
});
