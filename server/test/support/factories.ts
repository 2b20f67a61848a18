import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { GraphQLClient } from './graphql-client.js';
import { confirmationToken } from './mailbox.js';

export const STRONG_PASSWORD = 'Mocne-haslo-123';

let sequence = 0;

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${++sequence}.${randomBytes(3).toString('hex')}@example.pl`;
}

const REGISTER = `mutation Register($input: RegisterInput!) {
  register(input: $input) { email confirmationSent }
}`;

const CONFIRM = `mutation ConfirmRegistration($token: String!) {
  confirmRegistration(token: $token) { account { id email displayName isAdmin } }
}`;

export interface RegisteredUser {
  id: string;
  email: string;
  password: string;
  client: GraphQLClient;
}

/**
 * Signs up through the API and confirms with the e-mailed link (read from the
 * server's outbox), so the client holds a session cookie; returns the account.
 */
export async function registerUser(
  client: GraphQLClient,
  overrides: { email?: string; displayName?: string; homeMunicipalityId?: string } = {},
): Promise<RegisteredUser> {
  const email = overrides.email ?? uniqueEmail();
  await client.data(REGISTER, {
    input: {
      email,
      password: STRONG_PASSWORD,
      displayName: overrides.displayName ?? 'Jan Kowalski',
      homeMunicipalityId: overrides.homeMunicipalityId,
    },
  });
  const token = await confirmationToken(client.baseUrl, email);
  const data = await client.data<{ confirmRegistration: { account: { id: string } } }>(CONFIRM, { token });
  return { id: data.confirmRegistration.account.id, email, password: STRONG_PASSWORD, client };
}

/** Makes a registered user an administrator directly in the database (there is no API to self-promote). */
export async function makeAdmin(db: DataSource, userId: string): Promise<void> {
  await db.query('UPDATE users SET is_admin = true WHERE id = $1', [userId]);
}

/** Grants a per-municipality role directly, as an administrator's grantRole would. */
export async function grantRole(
  db: DataSource,
  userId: string,
  municipalityId: string,
  role: 'OFFICIAL' | 'MODERATOR',
): Promise<void> {
  await db.query('INSERT INTO role_grants (user_id, municipality_id, role) VALUES ($1, $2, $3)', [
    userId,
    municipalityId,
    role,
  ]);
}

export async function createMunicipality(
  db: DataSource,
  values: { name: string; slug?: string; kind?: string; parentId?: string | null },
): Promise<{ id: string; slug: string }> {
  const slug = values.slug ?? `m-${++sequence}-${randomBytes(3).toString('hex')}`;
  const rows: { id: string }[] = await db.query(
    'INSERT INTO municipalities (slug, name, kind, parent_id) VALUES ($1, $2, $3, $4) RETURNING id',
    [slug, values.name, values.kind ?? 'RURAL_GMINA', values.parentId ?? null],
  );
  return { id: rows[0].id, slug };
}
