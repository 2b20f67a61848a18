import type { MigrationInterface, QueryRunner } from 'typeorm';

const SUBJECT_CHECK = 'forum_threads_subject_type_check';
const DRAFT_PARAGRAPH = 'DRAFT_PARAGRAPH';

/**
 * Documents and draft documents.
 *
 * `documents` are uploaded files, stored on disk content-addressed by their
 * SHA-256 (two rows may share one file); a document belongs to exactly one
 * of a consultation, a meeting or a network. `meeting_id` has no foreign key
 * yet: the meetings table comes in its own migration, which can add it.
 *
 * `drafts` are numbered versions of a consultation's draft document, split
 * into `draft_paragraphs`. Residents' comments on a paragraph are forum posts
 * in a thread whose subject is that paragraph (created on the first comment),
 * so the forum's CHECK on `subject_type` gains DRAFT_PARAGRAPH. Which replies
 * are the officials' answers is kept here, not in a forum column.
 */
export class Documents1764000200000 implements MigrationInterface {
  name = 'Documents1764000200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid REFERENCES municipalities(id) ON DELETE CASCADE,
        consultation_id uuid REFERENCES consultations(id) ON DELETE CASCADE,
        meeting_id uuid,
        network_id uuid REFERENCES networks(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        file_name text NOT NULL CHECK (char_length(file_name) BETWEEN 1 AND 255),
        mime_type text NOT NULL,
        size_bytes bigint NOT NULL CHECK (size_bytes BETWEEN 0 AND 20971520),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT documents_one_owner_ck CHECK (num_nonnulls(consultation_id, meeting_id, network_id) = 1)
      )`);
    await q.query(
      `CREATE INDEX documents_consultation_idx ON documents (consultation_id, created_at DESC, id DESC)
       WHERE consultation_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX documents_meeting_idx ON documents (meeting_id) WHERE meeting_id IS NOT NULL`);
    await q.query(`CREATE INDEX documents_network_idx ON documents (network_id) WHERE network_id IS NOT NULL`);
    // Deciding whether a file on disk is still referenced.
    await q.query(`CREATE INDEX documents_sha256_idx ON documents (sha256)`);

    await q.query(`
      CREATE TABLE drafts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        consultation_id uuid NOT NULL REFERENCES consultations(id) ON DELETE CASCADE,
        version integer NOT NULL CHECK (version >= 1),
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        source text NOT NULL,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT drafts_version_uq UNIQUE (consultation_id, version)
      )`);

    await q.query(`
      CREATE TABLE draft_paragraphs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        draft_id uuid NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number >= 1),
        source text NOT NULL,
        html text NOT NULL,
        content_hash text NOT NULL,
        -- The forum thread of its comments, made on the first comment.
        thread_id uuid UNIQUE REFERENCES forum_threads(id) ON DELETE SET NULL,
        CONSTRAINT draft_paragraphs_number_uq UNIQUE (draft_id, number)
      )`);

    await q.query(`
      CREATE TABLE draft_official_answers (
        post_id uuid PRIMARY KEY REFERENCES forum_posts(id) ON DELETE CASCADE,
        answered_post_id uuid NOT NULL REFERENCES forum_posts(id) ON DELETE CASCADE,
        paragraph_id uuid NOT NULL REFERENCES draft_paragraphs(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX draft_official_answers_paragraph_idx ON draft_official_answers (paragraph_id)`);
    await q.query(`CREATE INDEX draft_official_answers_answered_idx ON draft_official_answers (answered_post_id)`);

    const allowed = await subjectTypes(q);
    await setSubjectTypes(q, [...allowed.filter((t) => t !== DRAFT_PARAGRAPH), DRAFT_PARAGRAPH]);
  }

  async down(q: QueryRunner): Promise<void> {
    // The paragraphs' threads have no subject left to point at once the drafts are gone.
    await q.query(`DELETE FROM forum_threads WHERE subject_type = $1`, [DRAFT_PARAGRAPH]);
    const allowed = await subjectTypes(q);
    await setSubjectTypes(
      q,
      allowed.filter((t) => t !== DRAFT_PARAGRAPH),
    );
    await q.query(`DROP TABLE draft_official_answers`);
    await q.query(`DROP TABLE draft_paragraphs`);
    await q.query(`DROP TABLE drafts`);
    await q.query(`DROP TABLE documents`);
  }
}

/**
 * The values the forum's subject CHECK allows now, read from the catalogue:
 * other features widen the same CHECK, and rewriting it from a fixed list
 * would drop what they added.
 */
async function subjectTypes(q: QueryRunner): Promise<string[]> {
  const found: { def: string }[] = await q.query(
    `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint
     WHERE conrelid = 'forum_threads'::regclass AND conname = $1`,
    [SUBJECT_CHECK],
  );
  if (found.length === 0) throw new Error(`No constraint ${SUBJECT_CHECK} on forum_threads`);
  return [...found[0].def.matchAll(/'([A-Z_]+)'/g)].map((match) => match[1]);
}

async function setSubjectTypes(q: QueryRunner, values: readonly string[]): Promise<void> {
  await q.query(`ALTER TABLE forum_threads DROP CONSTRAINT ${SUBJECT_CHECK}`);
  const list = values.map((value) => `'${value.replace(/[^A-Z_]/g, '')}'`).join(',');
  await q.query(`ALTER TABLE forum_threads ADD CONSTRAINT ${SUBJECT_CHECK} CHECK (subject_type IN (${list}))`);
}
