import { Controller, Get, HttpException, HttpStatus, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode } from '@ratusz/shared';
import { readSessionToken } from '../accounts/session-cookie.js';
import { SessionService } from '../accounts/services/session.service.js';
import { Public } from '../common/auth/access.decorators.js';
import { DomainError } from '../common/errors/domain-error.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { attachmentDisposition } from '../common/http/attachment-disposition.js';
import { attendeesCsv, attendeesFileName } from './attendees-csv.js';
import { MeetingFeedService } from './services/meeting-feed.service.js';
import { RegistrationService } from './services/registration.service.js';
import { AuditEventKind } from '../audit/models/audit-event-kind.js';
import { AuditService } from '../audit/services/audit.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STATUS_OF: Partial<Record<ErrorCode, HttpStatus>> = {
  [ErrorCode.UNAUTHENTICATED]: HttpStatus.UNAUTHORIZED,
  [ErrorCode.FORBIDDEN]: HttpStatus.FORBIDDEN,
  [ErrorCode.NOT_FOUND]: HttpStatus.NOT_FOUND,
};

/** Domain errors as HTTP answers with the same codes the GraphQL API gives. */
async function answer<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError) {
      const status = STATUS_OF[error.code] ?? HttpStatus.BAD_REQUEST;
      throw new HttpException({ statusCode: status, code: error.code, message: error.message }, status);
    }
    throw error;
  }
}

function requireUuid(id: string, what: string): void {
  if (!UUID.test(id)) throw DomainError.notFound(what);
}

/**
 * Downloads that are files, not GraphQL: the organisers' attendee list
 * (authenticated by the session cookie, like GraphQL, and judged by the same
 * policy) and the public iCal feeds calendar apps subscribe to.
 */
@Public()
@Controller()
export class MeetingsHttpController {
  constructor(
    private readonly sessions: SessionService,
    private readonly viewers: ViewerService,
    private readonly registrations: RegistrationService,
    private readonly feeds: MeetingFeedService,
    private readonly audit: AuditService,
  ) {}

  @Get('api/meetings/:id/attendees.csv')
  async attendees(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const csv = await answer(async () => {
      const auth = await this.sessions.authenticate(readSessionToken(req.headers.cookie));
      if (!auth) throw DomainError.unauthenticated();
      requireUuid(id, 'The meeting');
      const viewer = await this.viewers.forAuth(auth);
      const { meeting, attendees } = await this.registrations.allAttendees(viewer, id);
      // Personal data leaving the system: the download fails rather than go unrecorded.
      await this.audit.record({
        kind: AuditEventKind.EXPORT,
        actorId: auth.userId,
        target: { type: 'MEETING', id },
        details: { export: 'meeting attendees', format: 'csv', rows: attendees.length },
      });
      return { body: attendeesCsv(attendees), fileName: attendeesFileName(meeting) };
    });
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', attachmentDisposition(csv.fileName));
    // Who is coming is personal data: no shared cache may keep it.
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(csv.body);
  }

  @Get('ical/consultations/:id.ics')
  async consultationFeed(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const body = await answer(async () => {
      requireUuid(id, 'The consultation');
      return this.feeds.consultationFeed(id);
    });
    sendCalendar(res, body);
  }

  @Get('ical/municipalities/:id.ics')
  async municipalityFeed(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const body = await answer(async () => {
      requireUuid(id, 'The municipality');
      return this.feeds.municipalityFeed(id);
    });
    sendCalendar(res, body);
  }
}

function sendCalendar(res: Response, body: string): void {
  res.setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Cache-Control', 'public, max-age=300');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.send(body);
}
