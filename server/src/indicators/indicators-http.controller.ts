import {
  Catch,
  Controller,
  Get,
  HttpCode,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
  type ArgumentsHost,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode, FieldErrorCode, UPLOAD_CSRF_HEADER } from '@ratusz/shared';
import { SessionService } from '../accounts/services/session.service.js';
import { AuditEventKind } from '../audit/models/audit-event-kind.js';
import { AuditService } from '../audit/services/audit.service.js';
import { readSessionToken } from '../accounts/session-cookie.js';
import { Public } from '../common/auth/access.decorators.js';
import { DomainError } from '../common/errors/domain-error.js';
import { attachmentDisposition } from '../common/http/attachment-disposition.js';
import { safeCell, spreadsheetCsv } from '../common/http/spreadsheet-csv.js';
import type { Viewer } from '../common/policy/viewer.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';
import { DocumentsHttpFilter } from '../documents/documents-http.filter.js';
import { csrfHeaderMissing } from '../documents/upload-errors.js';
import { ComparisonService } from './services/comparison.service.js';
import { IndicatorImportService } from './services/indicator-import.service.js';
import { receiveSmallFile } from './services/receive-in-memory.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The documents' error shape, with the statuses the indicator codes mean. */
@Catch()
class IndicatorsHttpFilter extends DocumentsHttpFilter {
  override catch(exception: unknown, host: ArgumentsHost): void {
    const status: Partial<Record<string, number>> = {
      [ErrorCode.INDICATOR_IMPORT_INVALID]: 422,
      [ErrorCode.INDICATOR_NOT_FOUND]: 404,
      [ErrorCode.COMPARISON_INTERNAL]: 403,
    };
    if (exception instanceof DomainError && status[exception.code]) {
      const res = host.switchToHttp().getResponse<Response>();
      res
        .status(status[exception.code]!)
        .json({ errors: [{ message: exception.message, extensions: { ...exception.extensions } }] });
    } else {
      super.catch(exception, host);
    }
  }
}

/**
 * Files over plain HTTP: the import (multipart, field `file`, CSV or XLSX)
 * and the comparison as CSV. Like the documents' endpoints they are
 * `@Public()` to the access guard and read the session cookie themselves.
 */
@Public()
@Controller('api/indicators')
@UseFilters(IndicatorsHttpFilter)
export class IndicatorsHttpController {
  constructor(
    private readonly sessions: SessionService,
    private readonly viewers: ViewerService,
    private readonly imports: IndicatorImportService,
    private readonly comparisons: ComparisonService,
    private readonly audit: AuditService,
  ) {}

  /** 200 `{ imported }`, or 422 INDICATOR_IMPORT_INVALID with `rowErrors` and nothing stored. */
  @RateLimit('INDICATOR_IMPORT')
  @Post('import')
  @HttpCode(200)
  async import(@Req() req: Request): Promise<{ imported: number }> {
    if (!req.get(UPLOAD_CSRF_HEADER)) throw csrfHeaderMissing();
    const viewer = await this.viewerOf(req);
    if (!viewer.userId) throw DomainError.unauthenticated();
    const content = await receiveSmallFile(req);
    return this.imports.import(viewer, content);
  }

  @Get('comparison.csv')
  async comparisonCsv(
    @Query('networkId') networkId: string,
    @Query('indicatorId') indicatorId: string,
    @Query('year') year: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const bad = [
      ...(UUID.test(networkId ?? '') ? [] : ['networkId']),
      ...(UUID.test(indicatorId ?? '') ? [] : ['indicatorId']),
      ...(/^\d{4}$/.test(year ?? '') ? [] : ['year']),
    ];
    if (bad.length > 0) throw DomainError.badInput(bad.map((field) => ({ field, code: FieldErrorCode.INVALID })));
    const viewer = await this.viewerOf(req);
    const comparison = await this.comparisons.comparison(viewer, { networkId, indicatorId, year: Number(year) });
    await this.audit.recordQuietly({
      kind: AuditEventKind.EXPORT,
      actorId: viewer.userId,
      target: { type: 'NETWORK', id: networkId },
      details: {
        export: 'indicator comparison',
        format: 'csv',
        indicator: comparison.indicator.code,
        year: comparison.year,
        rows: comparison.rows.length,
      },
    });
    const { stats } = comparison;
    const records = [
      ['gmina', 'wartość', 'na 1000 mieszkańców', 'ludność', 'miejsce', 'odstająca'],
      ...comparison.rows.map((row) => [
        safeCell(row.municipalityName),
        row.value ?? '',
        row.valuePerThousand ?? '',
        row.population === null ? '' : String(row.population),
        row.rank === null ? '' : String(row.rank),
        row.outlier ? 'tak' : '',
      ]),
      [],
      ['statystyka (QUARTILE.INC)', 'wartość'],
      ['liczba', String(stats.count)],
      ['minimum', stats.min ?? ''],
      ['Q1', stats.q1 ?? ''],
      ['mediana', stats.median ?? ''],
      ['Q3', stats.q3 ?? ''],
      ['maksimum', stats.max ?? ''],
      ['średnia', stats.mean ?? ''],
    ];
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      attachmentDisposition(`porownanie-${comparison.indicator.code.toLowerCase()}-${comparison.year}.csv`),
    );
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-cache');
    res.send(spreadsheetCsv(records));
  }

  private async viewerOf(req: Request): Promise<Viewer> {
    return this.viewers.forAuth(await this.sessions.authenticate(readSessionToken(req.headers.cookie)));
  }
}
