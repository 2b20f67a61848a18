import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Problem trees: a core problem with its causes below and effects above,
 * built together live, and the objectives tree made from it.
 *
 * A tree belongs to a consultation (at most one each) or stands alone for a
 * municipality's workshop. Its nodes point at their parent through
 * (tree_id, parent_id), so a parent is always in the same tree; exactly one
 * CORE per tree (a partial unique index), and sibling positions are unique
 * (checked at commit, so renumbering a list in several statements is fine).
 * `seq` numbers the tree's live events in `problem_tree_events`, whose
 * sequence lets a reconnecting client ask for exactly what it missed (as
 * forum threads and consultations do).
 *
 * Objective nodes restate accepted problem nodes (one each, `source_node_id`);
 * their parent links are checked at commit so a regeneration can write the
 * whole tree in one statement.
 */
export class ProblemTrees1764100200000 implements MigrationInterface {
  name = 'ProblemTrees1764100200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE problem_trees (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        municipality_id uuid NOT NULL REFERENCES municipalities(id) ON DELETE CASCADE,
        consultation_id uuid REFERENCES consultations(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
        join_code text NOT NULL CHECK (join_code ~ '^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$'),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        seq bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT problem_trees_join_code_uq UNIQUE (join_code)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX problem_trees_consultation_uq ON problem_trees (consultation_id) WHERE consultation_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX problem_trees_municipality_idx ON problem_trees (municipality_id)`);

    await q.query(`
      CREATE TABLE problem_tree_nodes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        tree_id uuid NOT NULL REFERENCES problem_trees(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CORE','CAUSE','EFFECT')),
        parent_id uuid,
        position integer NOT NULL CHECK (position >= 0),
        text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 280 AND text = btrim(text)),
        description_source text CHECK (char_length(description_source) <= 5000),
        description_html text,
        status text NOT NULL CHECK (status IN ('PROPOSED','ACCEPTED','REJECTED')),
        rejection_reason text CHECK (char_length(rejection_reason) BETWEEN 1 AND 500),
        -- Created as a resident's suggestion (PROPOSED), whatever became of it: the report counts these.
        suggested boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        author_id uuid REFERENCES users(id) ON DELETE SET NULL,
        thread_id uuid UNIQUE REFERENCES forum_threads(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT problem_tree_nodes_tree_id_uq UNIQUE (tree_id, id),
        CONSTRAINT problem_tree_nodes_parent_fk FOREIGN KEY (tree_id, parent_id)
          REFERENCES problem_tree_nodes (tree_id, id) ON DELETE CASCADE,
        CONSTRAINT problem_tree_nodes_position_uq UNIQUE (tree_id, parent_id, position) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT problem_tree_nodes_core_root_ck CHECK ((kind = 'CORE') = (parent_id IS NULL)),
        CONSTRAINT problem_tree_nodes_reason_ck CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
        CONSTRAINT problem_tree_nodes_description_ck CHECK ((description_source IS NULL) = (description_html IS NULL))
      )`);
    await q.query(
      `CREATE UNIQUE INDEX problem_tree_nodes_one_core_uq ON problem_tree_nodes (tree_id) WHERE kind = 'CORE'`,
    );
    await q.query(`CREATE INDEX problem_tree_nodes_parent_idx ON problem_tree_nodes (tree_id, parent_id)`);
    await q.query(`CREATE INDEX problem_tree_nodes_author_idx ON problem_tree_nodes (author_id)`);

    await q.query(`
      CREATE TABLE problem_tree_supports (
        node_id uuid NOT NULL REFERENCES problem_tree_nodes(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (node_id, user_id)
      )`);
    await q.query(`CREATE INDEX problem_tree_supports_user_idx ON problem_tree_supports (user_id)`);

    await q.query(`
      CREATE TABLE problem_tree_evidence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        node_id uuid NOT NULL REFERENCES problem_tree_nodes(id) ON DELETE CASCADE,
        post_id uuid REFERENCES forum_posts(id) ON DELETE CASCADE,
        document_id uuid REFERENCES documents(id) ON DELETE CASCADE,
        added_by uuid REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT problem_tree_evidence_one_target_ck CHECK (num_nonnulls(post_id, document_id) = 1),
        CONSTRAINT problem_tree_evidence_post_uq UNIQUE (node_id, post_id),
        CONSTRAINT problem_tree_evidence_document_uq UNIQUE (node_id, document_id)
      )`);
    await q.query(
      `CREATE INDEX problem_tree_evidence_post_idx ON problem_tree_evidence (post_id) WHERE post_id IS NOT NULL`,
    );
    await q.query(
      `CREATE INDEX problem_tree_evidence_document_idx ON problem_tree_evidence (document_id) WHERE document_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE objective_nodes (
        id uuid PRIMARY KEY,
        tree_id uuid NOT NULL REFERENCES problem_trees(id) ON DELETE CASCADE,
        source_node_id uuid NOT NULL REFERENCES problem_tree_nodes(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('MAIN_OBJECTIVE','MEANS','END')),
        parent_id uuid REFERENCES objective_nodes(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        position integer NOT NULL CHECK (position >= 0),
        text text NOT NULL CHECK (char_length(text) BETWEEN 1 AND 280),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        priority boolean NOT NULL DEFAULT false,
        service_area_code text REFERENCES service_areas(code) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT objective_nodes_source_uq UNIQUE (source_node_id),
        CONSTRAINT objective_nodes_priority_ck CHECK (NOT priority OR kind = 'MEANS'),
        CONSTRAINT objective_nodes_root_ck CHECK ((kind = 'MAIN_OBJECTIVE') = (parent_id IS NULL))
      )`);
    await q.query(`CREATE INDEX objective_nodes_tree_idx ON objective_nodes (tree_id)`);

    await q.query(`
      CREATE TABLE problem_tree_events (
        tree_id uuid NOT NULL REFERENCES problem_trees(id) ON DELETE CASCADE,
        seq bigint NOT NULL,
        kind text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tree_id, seq)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The nodes' discussions have no subject left to point at once the trees are gone.
    await q.query(`DELETE FROM forum_threads WHERE subject_type = 'PROBLEM_TREE_NODE'`);
    await q.query(`DROP TABLE problem_tree_events`);
    await q.query(`DROP TABLE objective_nodes`);
    await q.query(`DROP TABLE problem_tree_evidence`);
    await q.query(`DROP TABLE problem_tree_supports`);
    await q.query(`DROP TABLE problem_tree_nodes`);
    await q.query(`DROP TABLE problem_trees`);
  }
}
