import { Controller, Get, Param, ParseUUIDPipe, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SessionService } from '../accounts/services/session.service.js';
import { readSessionToken } from '../accounts/session-cookie.js';
import { Public } from '../common/auth/access.decorators.js';
import type { Viewer } from '../common/policy/viewer.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { DocumentsHttpFilter } from '../documents/documents-http.filter.js';
import { attachmentDisposition } from '../documents/file-name.js';
import type { ConsultationReport } from './models/consultation-report.model.js';
import { reportCsv } from './report-csv.js';
import { reportFileName } from './report-labels.js';
import { reportPdf } from './report-pdf.js';
import { ReportService } from './services/report.service.js';
import { AuditEventKind } from '../audit/models/audit-event-kind.js';
import { AuditService } from '../audit/services/audit.service.js';

/**
 * The report as files: PDF to print, CSV of the figures for a spreadsheet,
 * JSON of everything for re-use. The session cookie is read as GraphQL
 * reads it, so a manager can download the report of a consultation still
 * hidden from others; errors answer in the GraphQL error shape (the
 * documents' filter) with the status the code means.
 */
@Public()
@Controller('api/consultations')
@UseFilters(DocumentsHttpFilter)
export class ReportsController {
  constructor(
    private readonly sessions: SessionService,
    private readonly viewers: ViewerService,
    private readonly reports: ReportService,
    private readonly audit: AuditService,
  ) {}

  @Get(':id/report.pdf')
  async pdf(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const report = await this.exported(req, id, 'pdf');
    send(res, report, 'application/pdf', 'pdf', await reportPdf(report));
  }

  @Get(':id/report.csv')
  async csv(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const report = await this.exported(req, id, 'csv');
    send(res, report, 'text/csv; charset=utf-8', 'csv', reportCsv(report));
  }

  @Get(':id/report.json')
  async json(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const report = await this.exported(req, id, 'json');
    const { generatedById: _generatedBy, ...published } = report;
    send(res, report, 'application/json; charset=utf-8', 'json', JSON.stringify(published, null, 2));
  }

  /** The report the viewer may read, its download noted in the audit log. */
  private async exported(req: Request, id: string, format: string): Promise<ConsultationReport> {
    const viewer = await this.viewerOf(req);
    const report = await this.reports.require(viewer, id);
    await this.audit.recordQuietly({
      kind: AuditEventKind.EXPORT,
      actorId: viewer.userId,
      target: { type: 'CONSULTATION', id },
      details: { export: 'consultation report', format },
    });
    return report;
  }

  private async viewerOf(req: Request): Promise<Viewer> {
    return this.viewers.forAuth(await this.sessions.authenticate(readSessionToken(req.headers.cookie)));
  }
}

function send(
  res: Response,
  report: ConsultationReport,
  contentType: string,
  extension: 'pdf' | 'csv' | 'json',
  body: string | Buffer,
): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader(
    'Content-Disposition',
    attachmentDisposition(reportFileName(report.consultation.title, report.version, extension)),
  );
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // A new version may replace it at any time, and a draft consultation's report is not for shared caches.
  res.setHeader('Cache-Control', 'private, no-cache');
  res.send(body);
}
