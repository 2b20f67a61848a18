import { Controller, Get, Param, ParseUUIDPipe, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { SessionService } from '../accounts/services/session.service.js';
import { AuditEventKind } from '../audit/models/audit-event-kind.js';
import { AuditService } from '../audit/services/audit.service.js';
import { readSessionToken } from '../accounts/session-cookie.js';
import { Public } from '../common/auth/access.decorators.js';
import { attachmentDisposition } from '../common/http/attachment-disposition.js';
import { safeCell, spreadsheetCsv, warsawDateTime } from '../common/http/spreadsheet-csv.js';
import type { Viewer } from '../common/policy/viewer.js';
import { requireAccess } from '../common/policy/viewer.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { DocumentsHttpFilter } from '../documents/documents-http.filter.js';
import { SurveyResultsRepository } from './repositories/survey-results.repository.js';
import { SurveyRepository } from './repositories/survey.repository.js';
import { SurveyResultsService } from './services/survey-results.service.js';
import { SurveyService } from './services/survey.service.js';
import { surveyCodesPdf } from './survey-codes-pdf.js';
import { canManageSurvey } from './surveys.policy.js';

const CODES_PER_SHEET = 500;

/** The results as CSV (one row per response) and the printable sheet of unused codes. */
@Public()
@Controller('api/surveys')
@UseFilters(DocumentsHttpFilter)
export class SurveysHttpController {
  constructor(
    private readonly sessions: SessionService,
    private readonly viewers: ViewerService,
    private readonly surveyService: SurveyService,
    private readonly resultsService: SurveyResultsService,
    private readonly surveys: SurveyRepository,
    private readonly results: SurveyResultsRepository,
    private readonly audit: AuditService,
  ) {}

  @Get(':id/results.csv')
  async csv(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.viewerOf(req);
    const survey = await this.resultsService.requireResultsAccess(viewer, id);
    const [[questions], answers] = await Promise.all([this.surveys.questionsOf([id]), this.results.export(id)]);
    const byResponse = new Map<string, { submittedAt: Date; cells: Map<number, string> }>();
    for (const answer of answers) {
      const entry = byResponse.get(answer.responseId) ?? { submittedAt: answer.submittedAt, cells: new Map() };
      entry.cells.set(answer.position, answer.answer);
      byResponse.set(answer.responseId, entry);
    }
    // Residents' answers leaving the system: the download fails rather than go unrecorded.
    await this.audit.record({
      kind: AuditEventKind.EXPORT,
      actorId: viewer.userId,
      target: { type: 'SURVEY', id },
      details: { export: 'survey results', format: 'csv', rows: byResponse.size },
    });
    const records = [
      ['odpowiedź', 'data', ...questions.map((q) => safeCell(`${q.position}. ${q.text}`))],
      ...[...byResponse.values()].map((entry, index) => [
        String(index + 1),
        warsawDateTime(entry.submittedAt),
        ...questions.map((q) => safeCell(entry.cells.get(q.position) ?? '')),
      ]),
    ];
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', attachmentDisposition(`ankieta-${survey.id.slice(0, 8)}.csv`));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-cache');
    res.send(spreadsheetCsv(records));
  }

  @Get(':id/codes.pdf')
  async codes(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = await this.viewerOf(req);
    const survey = await this.surveyService.requireVisible(viewer, id);
    requireAccess(canManageSurvey(viewer, survey), 'Only the municipality’s officials print codes.');
    const codes = await this.surveys.unusedCodes(id, CODES_PER_SHEET);
    // Printed codes are credentials to answer: how many, never which.
    await this.audit.record({
      kind: AuditEventKind.EXPORT,
      actorId: viewer.userId,
      target: { type: 'SURVEY', id },
      details: { export: 'survey codes', format: 'pdf', codes: codes.length },
    });
    const address = `${req.protocol}://${req.get('host') ?? 'localhost'}/ankiety/${id}`;
    const pdf = await surveyCodesPdf(
      survey,
      address,
      codes.map((c) => c.code),
    );
    res.status(200);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', attachmentDisposition(`kody-ankiety-${id.slice(0, 8)}.pdf`));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(pdf);
  }

  private async viewerOf(req: Request): Promise<Viewer> {
    return this.viewers.forAuth(await this.sessions.authenticate(readSessionToken(req.headers.cookie)));
  }
}
