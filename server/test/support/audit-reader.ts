import { makeAdmin, registerUser, STRONG_PASSWORD, type RegisteredUser } from './factories.js';
import type { GraphQLClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

const EVENTS = `query($kinds: [AuditEventKind!], $actor: ID) {
  auditEvents(kinds: $kinds, actorId: $actor, first: 100) {
    nodes { id kind actorId targetType targetId detailsJson }
  }
}`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`;

export interface AuditEntry {
  id: string;
  kind: string;
  actorId: string | null;
  targetType: string | null;
  targetId: string | null;
  details: Record<string, unknown>;
}

/** An administrator with a fresh session (the admin flag is read at login), to read the audit log. */
export async function auditReader(t: TestApp): Promise<RegisteredUser> {
  const admin = await registerUser(t.client(), { displayName: 'Audytorka' });
  await makeAdmin(t.db, admin.id);
  admin.client = t.client();
  await admin.client.data(LOGIN, { input: { email: admin.email, password: STRONG_PASSWORD } });
  return admin;
}

/** The log as the admin API filters it by kind (and actor), newest first, details parsed. */
export async function auditEntries(
  admin: GraphQLClient,
  kinds: string[],
  actorId: string | null = null,
): Promise<AuditEntry[]> {
  const data = await admin.data<{ auditEvents: { nodes: (Omit<AuditEntry, 'details'> & { detailsJson: string })[] } }>(
    EVENTS,
    { kinds, actor: actorId },
  );
  return data.auditEvents.nodes.map(({ detailsJson, ...rest }) => ({
    ...rest,
    details: JSON.parse(detailsJson) as Record<string, unknown>,
  }));
}
