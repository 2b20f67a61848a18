import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { slugify } from '@ratusz/shared';
import { PasswordService } from '../accounts/services/password.service.js';
import type { Queryable } from '../common/database/sql.js';
import type { AuthState } from '../common/request-context.js';
import { ThreadSubjectType } from '../forum/models/forum.model.js';
import { PostService } from '../forum/services/post.service.js';
import { ThreadService } from '../forum/services/thread.service.js';
import { DemoBallotSeeder } from './demo-ballot.js';
import { DemoConsultationSeeder } from './demo-consultation.js';
import { DemoMeetingsSeeder } from './demo-meetings.js';
import { DemoModerationSeeder } from './demo-moderation.js';
import { DemoNetworksSeeder } from './demo-networks.js';
import { DemoIndicatorsSeeder } from './demo-indicators.js';
import { DemoOrganisationsSeeder } from './demo-organisations.js';
import { DemoProblemTreeSeeder } from './demo-problem-tree.js';
import { DemoProposalsSeeder } from './demo-proposals.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoData } from './demo-data.js';
import {
  DEMO_CONSULTATION_ID,
  DEMO_MUNICIPAL_CATEGORIES,
  DEMO_NETWORK_CATEGORIES,
  DEMO_THREADS,
  type DemoThread,
} from './demo-forum.js';
import { DemoDataRepository } from './repositories/demo-data.repository.js';

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
    private readonly demo: DemoDataRepository,
    private readonly passwords: PasswordService,
    private readonly posts: PostService,
    private readonly threads: ThreadService,
    private readonly demoConsultation: DemoConsultationSeeder,
    private readonly demoMeetings: DemoMeetingsSeeder,
    private readonly demoProblemTree: DemoProblemTreeSeeder,
    private readonly demoProposals: DemoProposalsSeeder,
    private readonly demoBallot: DemoBallotSeeder,
    private readonly demoNetworks: DemoNetworksSeeder,
    private readonly demoIndicators: DemoIndicatorsSeeder,
    private readonly demoOrganisations: DemoOrganisationsSeeder,
    private readonly demoModeration: DemoModerationSeeder,
  ) {}

  async isEmpty(): Promise<boolean> {
    return !(await this.demo.hasMunicipalities());
  }

  async seedIfEmpty(): Promise<SeedResult> {
    if (!(await this.isEmpty())) return { seeded: false, accounts: [] };
    return this.seed();
  }

  async seed(): Promise<SeedResult> {
    const passwordHash = await this.passwords.hash(DEMO_PASSWORD);
    await this.db.transaction(async (tx) => {
      await this.seedPlaces(tx);
      await this.seedCategories(tx);
      await this.seedAccounts(tx, passwordHash);
    });
    for (const thread of DEMO_THREADS) await this.seedThread(thread);
    // After the threads: the demo debate already exists, so it becomes the consultation's discussion.
    await this.demoConsultation.seed();
    // After the consultation: one of the meetings is its workshop.
    await this.demoMeetings.seed();
    // In the demo consultation's proposals phase: residents' and the NGO's proposals, supports and answers.
    await this.demoProposals.seed();
    // After the proposals: the NGO account's foundation, verified, with its proposals on its behalf.
    await this.demoOrganisations.seed();
    // After the proposals: a points ballot over the 8 service areas, with a few demo votes.
    await this.demoBallot.seed();
    // The workshops' problem tree of the demo consultation.
    await this.demoProblemTree.seed();
    // Members, coordinators, the education group's meeting plan and good practices.
    await this.demoNetworks.seed();
    // After the networks: the Wołomin county's comparison network, indicator values and a satisfaction survey.
    await this.demoIndicators.seed();
    // Two flags on a reply of the demo debate, waiting in the county's moderation queue.
    await this.demoModeration.seed();
    this.logger.log('Demo data loaded');
    return { seeded: true, accounts: DEMO_ACCOUNTS.map((a) => ({ email: a.email, password: DEMO_PASSWORD })) };
  }

  private async seedPlaces(tx: Queryable): Promise<void> {
    for (const [position, area] of demoData.serviceAreas.entries()) {
      await this.demo.insertServiceArea(tx, { code: area.code, namePl: area.pl, nameEn: area.en, position });
    }
    for (const unit of demoData.municipalities) {
      await this.demo.insertMunicipality(tx, { slug: unit.slug, name: unit.name, kind: unit.kind });
      const children = [
        ...(unit.districts ?? []).map((name) => ({
          name,
          kind: 'DISTRICT' as const,
          slug: `${unit.slug}-${slugify(name)}`,
        })),
        ...(unit.gminas ?? []).map((g) => ({ ...g, slug: slugify(g.name) })),
      ];
      for (const child of children) {
        await this.demo.insertMunicipality(tx, { ...child, parentSlug: unit.slug });
      }
    }
    for (const network of demoData.networks) {
      await this.demo.insertNetwork(tx, {
        name: network.name,
        kind: network.kind,
        serviceAreaCode: network.serviceArea ?? null,
        note: network.note ?? null,
      });
    }
  }

  private async seedCategories(tx: Queryable): Promise<void> {
    for (const [position, category] of demoData.forumCategories.entries()) {
      await this.demo.insertGlobalCategory(tx, { ...category, position });
    }
    for (const category of DEMO_MUNICIPAL_CATEGORIES) {
      await this.demo.insertMunicipalCategory(tx, { ...category, municipalitySlug: category.municipality });
    }
    for (const category of DEMO_NETWORK_CATEGORIES) {
      await this.demo.insertNetworkCategory(tx, { ...category, networkName: category.network });
    }
  }

  /** Written through the forum's own services, so numbering, rendering, mentions and events are the real ones. */
  private async seedThread(demo: DemoThread): Promise<void> {
    const categoryId = await this.demoCategory(demo.category);
    if (!categoryId || (await this.demo.threadExists(categoryId, demo.title))) return;

    const author = await this.demoAuthors();
    const thread = await this.posts.createThread(author(demo.author), {
      categoryId,
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

  /** `network:<slug>`, `<municipality slug>/<slug>` or a global `<slug>`. */
  private demoCategory(address: string): Promise<string | null> {
    if (address.startsWith('network:')) {
      return this.demo.networkCategoryId(
        address.slice('network:'.length),
        DEMO_NETWORK_CATEGORIES.map((c) => c.network),
      );
    }
    const [municipality, slug] = address.includes('/') ? address.split('/') : [null, address];
    return this.demo.categoryId(slug, municipality);
  }

  private async demoAuthors(): Promise<(key: string) => AuthState> {
    const users = await this.demo.usersByEmails(DEMO_ACCOUNTS.map((a) => a.email));
    return (key) => {
      const user = users.find((u) => u.email === `${key}@ratusz.example`);
      if (!user) throw new Error(`The demo account ${key}@ratusz.example is missing`);
      return { userId: user.id, sessionId: 'seed', isAdmin: user.isAdmin };
    };
  }

  private async seedAccounts(tx: Queryable, passwordHash: string): Promise<void> {
    for (const account of DEMO_ACCOUNTS) {
      await this.demo.insertUser(tx, {
        email: account.email,
        displayName: account.displayName,
        passwordHash,
        isAdmin: 'admin' in account && account.admin,
        homeSlug: 'home' in account ? account.home : null,
      });
      for (const grant of 'grants' in account ? account.grants : []) {
        await this.demo.insertRoleGrant(tx, {
          email: account.email,
          municipalitySlug: grant.municipality,
          role: grant.role,
        });
      }
    }
  }
}
