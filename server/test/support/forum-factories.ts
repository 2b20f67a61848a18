import type { DataSource } from 'typeorm';
import type { GraphQLClient } from './graphql-client.js';

export async function createCategory(
  db: DataSource,
  values: { slug?: string; municipalityId?: string | null } = {},
): Promise<string> {
  const slug = values.slug ?? `kategoria-${Math.random().toString(36).slice(2, 8)}`;
  const [{ id }] = await db.query(
    'INSERT INTO forum_categories (slug, name, municipality_id) VALUES ($1, $2, $3) RETURNING id',
    [slug, `Kategoria ${slug}`, values.municipalityId ?? null],
  );
  return id;
}

export const CREATE_THREAD = `mutation($input: CreateThreadInput!) {
  createThread(input: $input) { id title seq replyCount lastPostNumber locked pinned }
}`;
export const REPLY = `mutation($input: ReplyInput!) {
  replyToPost(input: $input) { id number depth path parentId bodyHtml stance score replyCount }
}`;

export async function createThread(
  client: GraphQLClient,
  categoryId: string,
  values: { title?: string; body?: string; subjectType?: string; subjectId?: string } = {},
): Promise<{ id: string; seq: number }> {
  const data = await client.data<{ createThread: { id: string; seq: number } }>(CREATE_THREAD, {
    input: {
      categoryId,
      title: values.title ?? 'Godziny spotkań konsultacyjnych',
      body: values.body ?? 'Pierwszy post',
      ...values,
    },
  });
  return data.createThread;
}

export async function reply(
  client: GraphQLClient,
  threadId: string,
  body: string,
  extra: { parentId?: string; stance?: string; quotedPostId?: string } = {},
): Promise<{ id: string; number: number; depth: number; path: string }> {
  const data = await client.data<{ replyToPost: { id: string; number: number; depth: number; path: string } }>(REPLY, {
    input: { threadId, body, ...extra },
  });
  return data.replyToPost;
}
