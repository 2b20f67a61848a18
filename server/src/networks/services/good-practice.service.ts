import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ErrorCode, FieldErrorCode, localDate, parseDay, ThreadSubjectType } from '@ratusz/shared';
import { isForeignKeyViolation, isUniqueViolation } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, decodePositionCursor, encodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { AuthState } from '../../common/request-context.js';
import { Clock } from '../../consultations/clock.js';
import { MarkdownService } from '../../forum/services/markdown.service.js';
import { PostService } from '../../forum/services/post.service.js';
import { prefixTsQuery } from '../../forum/services/search.service.js';
import { MunicipalityService } from '../../municipalities/services/municipality.service.js';
import type { CreateGoodPracticeInput } from '../dtos/create-good-practice.input.js';
import type { GoodPracticesArgs } from '../dtos/good-practices.args.js';
import type { ReportPracticeTriedInput } from '../dtos/report-practice-tried.input.js';
import type { GoodPractice, GoodPracticeReport } from '../models/good-practice.model.js';
import { canAddGoodPractice, canReportForMunicipality } from '../networks.policy.js';
import {
  GoodPracticeRepository,
  PRACTICE_SERVICE_AREA_FK,
  REPORT_ONCE_UQ,
} from '../repositories/good-practice.repository.js';
import { NetworkMemberRepository } from '../repositories/network-member.repository.js';
import { NetworkRepository } from '../repositories/network.repository.js';

/**
 * The good-practice library: entries of every network in one list, searched
 * the forum's way (folded Polish letters, prefix terms), each discussed in a
 * forum thread about it (subject GOOD_PRACTICE) opened with the entry, and
 * "we tried it too" reports by other municipalities.
 */
@Injectable()
export class GoodPracticeService {
  constructor(
    private readonly practices: GoodPracticeRepository,
    private readonly networks: NetworkRepository,
    private readonly members: NetworkMemberRepository,
    private readonly municipalities: MunicipalityService,
    private readonly posts: PostService,
    private readonly markdown: MarkdownService,
    private readonly clock: Clock,
  ) {}

  async list(args: GoodPracticesArgs): Promise<ConnectionShape<GoodPractice>> {
    const filter = {
      serviceAreaCode: args.serviceAreaCode ?? null,
      networkId: args.networkId ?? null,
      municipalityId: args.municipalityId ?? null,
    };
    if (args.query === undefined || args.query === null || args.query.trim() === '') {
      const found = await this.practices.newest(filter, args.first + 1, decodeCursor(args.after));
      return toConnection(found, args.first, (p) => [new Date(p.createdAt).toISOString(), p.id]);
    }
    const tsquery = prefixTsQuery(args.query);
    if (!tsquery) return { nodes: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const offset = decodePositionCursor(args.after);
    const found = await this.practices.search(tsquery, filter, offset, args.first + 1);
    const nodes = found.slice(0, args.first);
    const last = offset + nodes.length - 1;
    return {
      nodes,
      pageInfo: {
        hasNextPage: found.length > args.first,
        endCursor: nodes.length ? encodeCursor([last, nodes[nodes.length - 1].id]) : null,
      },
    };
  }

  byId(id: string): Promise<GoodPractice | null> {
    return this.practices.byId(id);
  }

  /** For the seed: whether this practice was already added. */
  async existsWithTitle(title: string): Promise<boolean> {
    return (await this.practices.byTitle(title)) !== null;
  }

  async create(viewer: Viewer, auth: AuthState, input: CreateGoodPracticeInput): Promise<GoodPractice> {
    requireUser(viewer);
    const networkId = input.networkId ?? null;
    if (!(await this.municipalities.exists(input.municipalityId))) {
      throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_FOUND }]);
    }
    if (networkId) {
      if (!(await this.networks.byId(networkId))) {
        throw DomainError.badInput([{ field: 'networkId', code: FieldErrorCode.NOT_FOUND }]);
      }
      if (!(await this.members.isMember(networkId, input.municipalityId))) {
        throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_A_MEMBER }]);
      }
    }
    requireAccess(
      canAddGoodPractice(viewer, { municipalityId: input.municipalityId, networkId }),
      "Only the municipality's officials or the network's coordinators add its good practices.",
    );
    const categoryId = await this.practices.threadCategory(networkId, input.municipalityId);
    if (!categoryId) throw new DomainError(ErrorCode.CONFLICT, 'There is no forum category to hold the discussion.');

    const id = randomUUID();
    await this.posts
      .createThread(
        auth,
        {
          categoryId,
          title: input.title,
          body: `${input.problem}\n\n---\n\n${input.solution}`,
          subjectType: ThreadSubjectType.GOOD_PRACTICE,
          subjectId: id,
        },
        // The entry and its thread are written in one transaction: neither exists without the other.
        async (tx, opening) => {
          await this.practices.insert(
            {
              id,
              title: input.title,
              problemSource: input.problem,
              problemHtml: this.markdown.render(input.problem),
              solutionSource: input.solution,
              solutionHtml: this.markdown.render(input.solution),
              resultsSource: input.results,
              resultsHtml: this.markdown.render(input.results),
              costGrosze: input.costGrosze ?? null,
              contact: input.contact,
              serviceAreaCode: input.serviceAreaCode,
              municipalityId: input.municipalityId,
              networkId,
              authorId: viewer.userId,
              threadId: opening.threadId,
            },
            tx,
          );
        },
      )
      .catch((error: unknown) => {
        if (isForeignKeyViolation(error, PRACTICE_SERVICE_AREA_FK)) {
          throw DomainError.badInput([{ field: 'serviceAreaCode', code: FieldErrorCode.NOT_FOUND }]);
        }
        throw error;
      });
    return (await this.practices.byId(id))!;
  }

  /** "We tried it too": once per municipality and practice, by its officials, not by the practice's own. */
  async reportTried(viewer: Viewer, input: ReportPracticeTriedInput): Promise<GoodPracticeReport> {
    requireUser(viewer);
    const practice = await this.practices.byId(input.practiceId);
    if (!practice) throw DomainError.notFound('The good practice');
    if (!parseDay(input.triedOn) || input.triedOn > localDate(this.clock.now())) {
      throw DomainError.badInput([{ field: 'triedOn', code: FieldErrorCode.INVALID }]);
    }
    if (!(await this.municipalities.exists(input.municipalityId))) {
      throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_FOUND }]);
    }
    if (input.municipalityId === practice.municipalityId) {
      throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.INVALID }]);
    }
    requireAccess(
      canReportForMunicipality(viewer, input.municipalityId),
      "Only the municipality's officials report for it.",
    );
    try {
      return await this.practices.insertReport({
        practiceId: practice.id,
        municipalityId: input.municipalityId,
        outcome: input.outcome,
        triedOn: input.triedOn,
        authorId: viewer.userId,
      });
    } catch (error) {
      if (isUniqueViolation(error, REPORT_ONCE_UQ)) {
        throw new DomainError(ErrorCode.PRACTICE_ALREADY_REPORTED, 'This municipality already reported trying it.');
      }
      throw error;
    }
  }
}
