import { pipeline } from 'node:stream/promises';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DOCUMENT_LIMITS, UPLOAD_CSRF_HEADER, type LiveDocument } from '@ratusz/shared';
import { SessionService } from '../accounts/services/session.service.js';
import { readSessionToken } from '../accounts/session-cookie.js';
import { Public } from '../common/auth/access.decorators.js';
import { DomainError } from '../common/errors/domain-error.js';
import type { Viewer } from '../common/policy/viewer.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { DocumentsHttpFilter } from './documents-http.filter.js';
import { attachmentDisposition } from '../common/http/attachment-disposition.js';
import { DocumentStorageService } from './services/document-storage.service.js';
import { DocumentService, toLiveDocument, type UploadTarget } from './services/document.service.js';
import { receiveUpload } from './services/multipart-receiver.js';
import { csrfHeaderMissing, fileTooLarge } from './upload-errors.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

/** Room for the multipart envelope (boundaries, part headers, the small fields) around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * Files travel over plain HTTP, not GraphQL: an upload streams to disk as it
 * arrives and a download streams from it. The access guard only knows the
 * GraphQL and socket contexts, so these handlers are `@Public()` to it and
 * resolve the session cookie themselves, exactly as the GraphQL context does;
 * the rules are the documents policy's, applied by DocumentService.
 */
@Public()
@Controller('api')
@UseFilters(DocumentsHttpFilter)
export class DocumentsController {
  constructor(
    private readonly sessions: SessionService,
    private readonly viewers: ViewerService,
    private readonly documents: DocumentService,
    private readonly storage: DocumentStorageService,
  ) {}

  /**
   * multipart/form-data: `consultationId`, optional `kind` (CONSULTATION, or
   * PROPOSAL_ATTACHMENT for a file to attach to a proposal next) — or
   * `networkId` for a network's document — optional `title`, then `file`.
   */
  @RateLimit('DOCUMENT_UPLOAD')
  @Post('uploads')
  @HttpCode(201)
  async upload(@Req() req: Request): Promise<LiveDocument> {
    // A cross-site form can post multipart with our cookie, but cannot add a custom header.
    if (!req.get(UPLOAD_CSRF_HEADER) && !req.get('apollo-require-preflight')) throw csrfHeaderMissing();
    const viewer = await this.viewerOf(req);
    if (!viewer.userId) throw DomainError.unauthenticated();
    const declared = Number(req.get('content-length'));
    if (Number.isFinite(declared) && declared > DOCUMENT_LIMITS.maxBytes + FORM_OVERHEAD_BYTES) throw fileTooLarge();

    let target: UploadTarget | null = null;
    const received = await receiveUpload(req, {
      maxBytes: DOCUMENT_LIMITS.maxBytes,
      fileField: 'file',
      tempPath: this.storage.tempPath(),
      discard: (filePath) => this.storage.discard(filePath),
      beforeFile: async (fields) => {
        target = await this.documents.uploadTarget(viewer, fields);
      },
    });
    const document = await this.documents.storeUpload(viewer, target!, received);
    return toLiveDocument(document);
  }

  @Get('documents/:id/download')
  async download(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { document, stream, sizeBytes } = await this.documents.download(await this.viewerOf(req), id);
    res.status(200);
    res.setHeader('Content-Type', document.mimeType);
    res.setHeader('Content-Length', String(sizeBytes));
    res.setHeader('Content-Disposition', attachmentDisposition(document.fileName));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    // A draft consultation's files are private; even published ones may be removed, so nobody caches them.
    res.setHeader('Cache-Control', 'private, no-cache');
    res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    // Destroys the file stream when the client goes away, and cuts the response if the disk fails mid-way.
    await pipeline(stream, res).catch(() => res.destroy());
  }

  private async viewerOf(req: Request): Promise<Viewer> {
    return this.viewers.forAuth(await this.sessions.authenticate(readSessionToken(req.headers.cookie)));
  }
}
