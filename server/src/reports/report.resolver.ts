import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { ConsultationReportArgs } from './dtos/consultation-report.args.js';
import { ConsultationReport } from './models/consultation-report.model.js';
import { ReportService } from './services/report.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

@Resolver(() => ConsultationReport)
export class ReportResolver {
  constructor(
    private readonly reports: ReportService,
    private readonly viewers: ViewerService,
    private readonly accounts: AccountLoaders,
  ) {}

  @Public()
  @Query(() => ConsultationReport, {
    nullable: true,
    description:
      'The newest generated report of the consultation; null before the first. Public with the consultation. ' +
      'Also at /api/consultations/{id}/report.pdf, .csv and .json.',
  })
  async consultationReport(
    @Args() { consultationId }: ConsultationReportArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsultationReport | null> {
    return this.reports.latest(await this.viewers.forRequest(ctx), consultationId);
  }

  @Authenticated()
  @RateLimit('REPORT_GENERATE')
  @Mutation(() => ConsultationReport, {
    description:
      'Computes the report from the database and stores it as a new version; officials of the municipality, ' +
      'in the REPORT phase or once the consultation closed (PHASE_CLOSED otherwise).',
  })
  async generateConsultationReport(
    @Args() { consultationId }: ConsultationReportArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConsultationReport> {
    return this.reports.generate(await this.viewers.forRequest(ctx), consultationId);
  }

  @ResolveField(() => UserSummary, { nullable: true })
  generatedBy(@Parent() report: ConsultationReport, @Ctx() ctx: RequestContext): Promise<UserSummary | null> | null {
    return report.generatedById ? this.accounts.userById(ctx).load(report.generatedById) : null;
  }
}
