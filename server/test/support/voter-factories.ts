import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SESSION_COOKIE } from '@ratusz/shared';
import { GraphQLClient } from './graphql-client.js';

export interface Voter {
  id: string;
  client: GraphQLClient;
  /** The address the voter's requests come from (the forwarded header), and the cookie of its session. */
  address: string;
  cookie: string;
}

/**
 * Many logged-in users at once, written directly (accounts and sessions in
 * two statements, no password hashing): ballot tests and the ballot bench
 * need hundreds of distinct voters, and signing each up through the API
 * would measure argon2, not voting. Each voter gets its own client (cookie)
 * and its own forwarded address under `ipPrefix` (people vote from their own
 * connections; one shared address would also share one rate-limit counter).
 */
export async function insertVoters(
  db: DataSource,
  url: string,
  count: number,
  options: { homeMunicipalityId?: string | null; ipPrefix?: string } = {},
): Promise<Voter[]> {
  const tag = randomBytes(4).toString('hex');
  const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
  const users: { id: string }[] = await db.query(
    `INSERT INTO users (email, display_name, password_hash, home_municipality_id)
     SELECT 'voter.' || $1 || '.' || n || '@example.pl', 'Głosujący ' || n, 'not-a-hash', $2
     FROM generate_series(1, $3::int) AS n ORDER BY n RETURNING id`,
    [tag, options.homeMunicipalityId ?? null, count],
  );
  await db.query(
    `INSERT INTO sessions (user_id, token_hash, expires_at)
     SELECT u, sha256(convert_to(t, 'UTF8')), now() + interval '1 day' FROM unnest($1::uuid[], $2::text[]) AS s(u, t)`,
    [users.map((u) => u.id), tokens],
  );
  return users.map((user, i) => {
    const prefix = options.ipPrefix ?? '10.77';
    const address = `${prefix}.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`;
    const cookie = `${SESSION_COOKIE}=${tokens[i]}`;
    const client = new GraphQLClient(url, address);
    client.cookie = cookie;
    return { id: user.id, client, address, cookie };
  });
}
