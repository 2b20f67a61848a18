import { Catch, Controller, Get, Param, ParseUUIDPipe, Req, Res, UseFilters, type ArgumentsHost } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode } from '@ratusz/shared';
import { SessionService } from '../accounts/services/session.service.js';
import { readSessionToken } from '../accounts/session-cookie.js';
import { Public } from '../common/auth/access.decorators.js';
import { DomainError } from '../common/errors/domain-error.js';
import { attachmentDisposition } from '../common/http/attachment-disposition.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { DocumentsHttpFilter } from '../documents/documents-http.filter.js';
import { ballotResultsCsv } from './ballot-results-csv.js';
import { BallotReportService } from './services/ballot-report.service.js';
import { AuditEventKind } from '../audit/models/audit-event-kind.js';
import { AuditService } from '../audit/services/audit.service.js';

/** The documents' error shape, with the statuses the ballot codes mean. */
@Catch()
class BallotsHttpFilter extends DocumentsHttpFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    if (exception instanceof DomainError && exception.code === ErrorCode.BALLOT_NOT_FOUND) {
      super.catch(DomainError.notFound('The ballot'), host);
    } else if (exception instanceof DomainError && exception.code === ErrorCode.BALLOT_RESULTS_HIDDEN) {
      const res = host.switchToHttp().getResponse<Response>();
      res.status(403).json({ errors: [{ message: exception.message, extensions: { ...exception.extensions } }] });
    } else {
      super.catch(exception, host);
    }
  }
}

/**
 * The results as a CSV file, under the same rule as the `results` field:
 * hidden (403 BALLOT_RESULTS_HIDDEN) until the close unless live, for
 * everyone. The session cookie is read as GraphQL reads it, so a ballot of
 * a consultation still in preparation is found only by its managers.
 */
@Public()
@Controller('api/ballots')
@UseFilters(BallotsHttpFilter)
export class BallotsHttpController {
  constructor(
    private readonly sessions: SessionService,
    private readonly viewers: ViewerService,
    private readonly reports: BallotReportService,
    private readonly audit: AuditService,
  ) {}

  @Get(':ballotId/results.csv')
  async csv(
    @Param('ballotId', new ParseUUIDPipe()) ballotId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const viewer = await this.viewers.forAuth(await this.sessions.authenticate(readSessionToken(req.headers.cookie)));
    const { results } = await this.reports.requireResults(viewer, ballotId);
    await this.audit.recordQuietly({
      kind: AuditEventKind.EXPORT,
      actorId: viewer.userId,
      target: { type: 'BALLOT', id: ballotId },
      details: { export: 'ballot results', format: 'csv' },
    });
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', attachmentDisposition(`wyniki-glosowania-${ballotId.slice(0, 8)}.csv`));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // LIVE results change with every ballot.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.send(ballotResultsCsv(results));
  }
}
