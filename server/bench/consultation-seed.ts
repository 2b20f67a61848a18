import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { pathSegment } from '../src/forum/forum-path.js';
import { DEMO_CONSULTATION_ID } from '../src/seed/demo-forum.js';

const DOCUMENTS = 12;
const DISCUSSION_REPLIES = 100;

export interface ConsultationBenchData {
  consultationId: string;
  discussionThreadId: string;
}

/**
 * The demo consultation as a busy one looks: its demo phases and meetings,
 * a dozen documents and a discussion whose first page (the client asks for
 * 100 posts) is full. Set-based SQL, like the forum seed.
 */
export async function seedConsultation(db: DataSource): Promise<ConsultationBenchData> {
  const [thread]: { id: string; last: number; rootId: string; rootPath: string; organiserId: string }[] =
    await db.query(
      `SELECT t.id, t.last_post_number AS last, p.id AS "rootId", p.path AS "rootPath", c.organiser_id AS "organiserId"
       FROM forum_threads t
       JOIN forum_posts p ON p.thread_id = t.id AND p.number = 1
       JOIN consultations c ON c.id = t.subject_id
       WHERE t.subject_type = 'CONSULTATION' AND t.subject_id = $1`,
      [DEMO_CONSULTATION_ID],
    );
  if (!thread) throw new Error('The demo consultation has no discussion thread: is the demo data loaded?');

  await db.query(
    `INSERT INTO documents (consultation_id, title, file_name, mime_type, size_bytes, sha256, uploaded_by)
     SELECT $1, 'Załącznik nr ' || h.n, 'zalacznik-' || h.n || '.pdf', 'application/pdf', 100000 + h.n, h.sha256, $2
     FROM unnest($3::text[]) WITH ORDINALITY AS h(sha256, n)`,
    [
      DEMO_CONSULTATION_ID,
      thread.organiserId,
      Array.from({ length: DOCUMENTS }, () => randomBytes(32).toString('hex')),
    ],
  );

  const userIds: string[] = (await db.query('SELECT id FROM users')).map((r: { id: string }) => r.id);
  const numbers = Array.from({ length: DISCUSSION_REPLIES }, (_, i) => thread.last + 1 + i);
  await db.query(
    `INSERT INTO forum_posts (thread_id, number, path, depth, parent_id, author_id, body_source, body_html, score)
     SELECT $1, r.number, r.path, 1, $2, ($3::uuid[])[1 + r.number % array_length($3::uuid[], 1)],
            'Uwaga nr ' || r.number, '<p>Uwaga nr ' || r.number || '</p>', r.number % 5
     FROM unnest($4::int[], $5::text[]) AS r(number, path)`,
    [thread.id, thread.rootId, userIds, numbers, numbers.map((n) => thread.rootPath + pathSegment(n))],
  );
  await db.query(
    `UPDATE forum_posts SET reply_count = (SELECT count(*) FROM forum_posts c WHERE c.parent_id = $1) WHERE id = $1`,
    [thread.rootId],
  );
  await db.query(
    `UPDATE forum_threads SET post_count = (SELECT count(*) FROM forum_posts WHERE thread_id = $1),
                              last_post_number = $2 WHERE id = $1`,
    [thread.id, thread.last + DISCUSSION_REPLIES],
  );
  await db.query('ANALYZE');
  return { consultationId: DEMO_CONSULTATION_ID, discussionThreadId: thread.id };
}
