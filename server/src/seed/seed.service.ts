import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { PasswordService } from '../accounts/services/password.service.js';
import type { AuthState } from '../common/request-context.js';
import { ThreadSubjectType } from '../forum/models/forum.model.js';
import { PostService } from '../forum/services/post.service.js';
import { ThreadService } from '../forum/services/thread.service.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoData } from './demo-data.js';
import {
  DEMO_CONSULTATION_ID,
  DEMO_MUNICIPAL_CATEGORIES,
  DEMO_NETWORK_CATEGORIES,
  DEMO_THREADS,
  type DemoThread,
} from './demo-forum.js';
import { slugify } from '@ratusz/shared';

export interface SeedResult {
  seeded: boolean;
  accounts: { email: string; password: string }[];
}

/**
 * Loads the demo municipalities, service areas, networks, forum categories,
 * one account per role and a few threads in Polish. Every insert is ON
 * CONFLICT DO NOTHING (threads: skipped when one with the title exists), so
 * seeding again adds what is missing and changes nothing that exists.
 */
@Injectable()
export class SeedService {
  private readonly logger = new Logger(SeedService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly passwords: PasswordService,
    private readonly posts: PostService,
    private readonly threads: ThreadService,
  ) {}

  async isEmpty(): Promise<boolean> {
    const rows: { n: number }[] = await this.db.query('SELECT count(*)::int AS n FROM municipalities');
    return rows[0].n === 0;
  }

  async seedIfEmpty(): Promise<SeedResult> {
    if (!(await this.isEmpty())) return { seeded: false, accounts: [] };
    return this.seed();
  }

  async seed(): Promise<SeedResult> {
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    await this.db.transaction(async (tx) => {
      await this.seedPlaces(tx);
      await this.seedNetworkCategories(tx);
      await this.seedAccounts(tx, passwordHash);
    });
    for (const thread of DEMO_THREADS) await this.seedThread(thread);
    this.logger.log('Demo data loaded');
    return { seeded: true, accounts: DEMO_ACCOUNTS.map((a) => ({ email: a.email, password: DEMO_PASSWORD })) };
  }

  private async seedPlaces(tx: EntityManager): Promise<void> {
    for (const [position, area] of demoData.serviceAreas.entries()) {
      await tx.query(
        `INSERT INTO service_areas (code, name_pl, name_en, position) VALUES ($1, $2, $3, $4) ON CONFLICT (code) DO NOTHING`,
        [area.code, area.pl, area.en, position],
      );
    }
    for (const unit of demoData.municipalities) {
      await tx.query(
        `INSERT INTO municipalities (slug, name, kind) VALUES ($1, $2, $3) ON CONFLICT (slug) DO NOTHING`,
        [unit.slug, unit.name, unit.kind],
      );
      const children = [
        ...(unit.districts ?? []).map((name) => ({
          name,
          kind: 'DISTRICT' as const,
          slug: `${unit.slug}-${slugify(name)}`,
        })),
        ...(unit.gminas ?? []).map((g) => ({ ...g, slug: slugify(g.name) })),
      ];
      for (const child of children) {
        await tx.query(
          `INSERT INTO municipalities (slug, name, kind, parent_id)
           SELECT $1, $2, $3, id FROM municipalities WHERE slug = $4 ON CONFLICT (slug) DO NOTHING`,
          [child.slug, child.name, child.kind, unit.slug],
        );
      }
    }
    for (const network of demoData.networks) {
      await tx.query(
        `INSERT INTO networks (name, kind, service_area_code, note) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING`,
        [network.name, network.kind, network.serviceArea ?? null, network.note ?? null],
      );
    }
    for (const [position, category] of demoData.forumCategories.entries()) {
      await tx.query(
        `INSERT INTO forum_categories (slug, name, description, position) VALUES ($1, $2, $3, $4)
         ON CONFLICT (slug) WHERE municipality_id IS NULL AND network_id IS NULL DO NOTHING`,
        [category.slug, category.name, category.description, position],
      );
    }
    for (const category of DEMO_MUNICIPAL_CATEGORIES) {
      await tx.query(
        `INSERT INTO forum_categories (slug, name, description, municipality_id)
         SELECT $1, $2, $3, id FROM municipalities WHERE slug = $4
         ON CONFLICT (municipality_id, slug) WHERE municipality_id IS NOT NULL DO NOTHING`,
        [category.slug, category.name, category.description, category.municipality],
      );
    }
  }

  private async seedNetworkCategories(tx: EntityManager): Promise<void> {
    for (const category of DEMO_NETWORK_CATEGORIES) {
      await tx.query(
        `INSERT INTO forum_categories (slug, name, description, network_id)
         SELECT $1, $2, $3, id FROM networks WHERE name = $4
         ON CONFLICT (network_id, slug) WHERE network_id IS NOT NULL DO NOTHING`,
        [category.slug, category.name, category.description, category.network],
      );
    }
  }

  /** Written through the forum's own services, so numbering, rendering, mentions and events are the real ones. */
  private async seedThread(demo: DemoThread): Promise<void> {
    const categories = await this.demoCategory(demo.category);
    if (categories.length === 0) return;
    const existing: unknown[] = await this.db.query(
      'SELECT 1 FROM forum_threads WHERE category_id = $1 AND title = $2',
      [categories[0].id, demo.title],
    );
    if (existing.length > 0) return;

    const author = await this.demoAuthors();
    const thread = await this.posts.createThread(author(demo.author), {
      categoryId: categories[0].id,
      title: demo.title,
      body: demo.body,
      ...(demo.aboutDemoConsultation
        ? { subjectType: ThreadSubjectType.CONSULTATION, subjectId: DEMO_CONSULTATION_ID }
        : {}),
    });
    const replies = new Map<string, string>();
    for (const reply of demo.replies) {
      const post = await this.posts.reply(author(reply.author), {
        threadId: thread.id,
        body: reply.body,
        parentId: reply.parent ? replies.get(reply.parent) : undefined,
        quotedPostId: reply.quotes ? replies.get(reply.quotes) : undefined,
        stance: reply.stance,
      });
      replies.set(reply.key, post.id);
    }
    if (demo.pinned) await this.threads.setFlags(author('admin'), { threadId: thread.id, pinned: true });
  }

  private async demoCategory(address: string): Promise<{ id: string }[]> {
    if (address.startsWith('network:')) {
      return this.db.query(
        `SELECT c.id FROM forum_categories c JOIN networks n ON n.id = c.network_id
         WHERE c.slug = $1 AND n.name = ANY($2::text[])`,
        [address.slice('network:'.length), DEMO_NETWORK_CATEGORIES.map((c) => c.network)],
      );
    }
    const [municipality, slug] = address.includes('/') ? address.split('/') : [null, address];
    return this.db.query(
      `SELECT c.id FROM forum_categories c LEFT JOIN municipalities m ON m.id = c.municipality_id
       WHERE c.slug = $1 AND c.network_id IS NULL AND m.slug IS NOT DISTINCT FROM $2`,
      [slug, municipality],
    );
  }

  private async demoAuthors(): Promise<(key: string) => AuthState> {
    const rows: { id: string; email: string; is_admin: boolean }[] = await this.db.query(
      `SELECT id, email, is_admin FROM users WHERE email = ANY($1::text[])`,
      [DEMO_ACCOUNTS.map((a) => a.email)],
    );
    return (key) => {
      const user = rows.find((r) => r.email === `${key}@ratusz.example`);
      if (!user) throw new Error(`The demo account ${key}@ratusz.example is missing`);
      return { userId: user.id, sessionId: 'seed', isAdmin: user.is_admin };
    };
  }

  private async seedAccounts(tx: EntityManager, passwordHash: string): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      const home = 'home' in account ? account.home : null;
      await tx.query(
        `INSERT INTO users (email, display_name, password_hash, is_admin, home_municipality_id)
         VALUES ($1, $2, $3, $4, (SELECT id FROM municipalities WHERE slug = $5)) ON CONFLICT (email) DO NOTHING`,
        [account.email, account.displayName, passwordHash, 'admin' in account && account.admin, home],
      );
      for (const grant of 'grants' in account ? account.grants : []) {
        await tx.query(
          `INSERT INTO role_grants (user_id, municipality_id, role)
           SELECT u.id, m.id, $3 FROM users u, municipalities m WHERE u.email = $1 AND m.slug = $2
           ON CONFLICT DO NOTHING`,
          [account.email, grant.municipality, grant.role],
        );
      }
    }
  }
}
