import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ErrorCode } from '@ratusz/shared';
import { DomainError } from '../common/errors/domain-error.js';
import { RateLimitedHttpException } from '../common/rate-limit/rate-limit.guard.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.CSRF_HEADER_MISSING]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.PROBLEM_TREE_NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UPLOAD_INCOMPLETE]: 400,
  [ErrorCode.FILE_TOO_LARGE]: 413,
  [ErrorCode.FILE_TYPE_NOT_ALLOWED]: 415,
  [ErrorCode.PHASE_CLOSED]: 409,
  [ErrorCode.CONFLICT]: 409,
};

/**
 * The document endpoints answer errors in the shape of a GraphQL error
 * (`{ errors: [{ message, extensions: { code, … } }] }`), so the client
 * translates them with the same code as every other error, and with the
 * HTTP status the code means. Anything unexpected is logged here once and
 * answered without details.
 */
@Catch()
export class DocumentsHttpFilter implements ExceptionFilter {
  private readonly logger = new Logger('Documents');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    let status = 500;
    let body: { message: string; extensions: Record<string, unknown> };
    if (exception instanceof DomainError) {
      status = STATUS[exception.code] ?? 400;
      body = { message: exception.message, extensions: { ...exception.extensions } };
    } else if (exception instanceof RateLimitedHttpException) {
      status = exception.getStatus();
      body = exception.graphqlError();
    } else if (exception instanceof HttpException && exception.getStatus() < 500) {
      status = exception.getStatus();
      body = { message: exception.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
    } else {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
      body = {
        message: 'Something went wrong on our side. Please try again.',
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    if (res.headersSent) {
      // A download that failed mid-stream cannot change its status any more: cut it, so it is not taken as whole.
      res.destroy();
      return;
    }
    const req = host.switchToHttp().getRequest<Request>();
    // Refused before its body was read (and not being drained): the connection cannot carry another request.
    if (!req.complete && req.readableFlowing !== true) res.setHeader('Connection', 'close');
    res.status(status).json({ errors: [body] });
  }
}
