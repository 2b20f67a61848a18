import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Where a test reads the e-mail a server sent, by the server's base URL: the
 * factories get only a GraphQL client, yet signing up now needs the e-mailed
 * confirmation link. startTestApp (and the e2e server) register a reader of
 * their outbox table; a test that spawns a server process registers one that
 * reads its console, where the link is logged when no SMTP is configured.
 */
export type ConfirmationLinkReader = (email: string) => Promise<string | null>;

const readers = new Map<string, ConfirmationLinkReader>();

export function registerMailbox(baseUrl: string, reader: ConfirmationLinkReader): void {
  readers.set(baseUrl, reader);
}

export function forgetMailbox(baseUrl: string): void {
  readers.delete(baseUrl);
}

/** Reads the server's outbox (an app in this process, or its database): the newest sign-up confirmation link. */
export function registerOutboxMailbox(baseUrl: string, source: INestApplication | DataSource): void {
  const db = source instanceof DataSource ? source : source.get(DataSource);
  registerMailbox(baseUrl, async (email) => {
    const found = (await db.query(
      `SELECT text_body AS text FROM mail_outbox WHERE to_address = $1 AND kind = 'REGISTRATION_CONFIRMATION'
       ORDER BY created_at DESC, id DESC LIMIT 1`,
      [email.trim().toLowerCase()],
    )) as { text: string }[];
    return found[0] ? confirmationLinkIn(found[0].text) : null;
  });
}

/** The first confirmation link in a text (an e-mail's body, a console log). */
export function confirmationLinkIn(text: string): string | null {
  return /https?:\/\/\S+\/confirm-registration\?token=[A-Za-z0-9_-]+/.exec(text)?.[0] ?? null;
}

export function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}

/**
 * The address's latest confirmation link from the server at `baseUrl`. The
 * outbox holds it as soon as the sign-up is answered; a console line may
 * follow a moment later (logs are written asynchronously), so it is awaited.
 */
export async function confirmationLink(baseUrl: string, email: string): Promise<string> {
  const reader = readers.get(baseUrl);
  if (!reader) throw new Error(`No mailbox registered for ${baseUrl}: start the server with startTestApp.`);
  for (let attempt = 0; attempt < 50; attempt++) {
    const link = await reader(email);
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No confirmation e-mail for ${email} at ${baseUrl}`);
}

export async function confirmationToken(baseUrl: string, email: string): Promise<string> {
  return tokenOf(await confirmationLink(baseUrl, email));
}
