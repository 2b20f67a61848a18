import { Controller, Get, Param, ParseUUIDPipe, Req, Res, UseFilters } from '@nestjs/common';
import type { Request, Response } from 'express';
import { treeToJson, treeToMarkdown } from '@ratusz/shared';
import { SessionService } from '../accounts/services/session.service.js';
import { readSessionToken } from '../accounts/session-cookie.js';
import { Public } from '../common/auth/access.decorators.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import { DocumentsHttpFilter } from '../documents/documents-http.filter.js';
import { attachmentDisposition } from '../documents/file-name.js';
import { ProblemTreeService } from './services/problem-tree.service.js';

/**
 * A tree as files: nested Markdown and JSON (the client makes SVG and PNG
 * from the drawn diagram). The session cookie is read as GraphQL reads it, so
 * the tree of a consultation still hidden from others is exported to those
 * who manage it; errors answer in the GraphQL error shape with the status the
 * code means.
 */
@Public()
@Controller('api/problem-trees')
@UseFilters(DocumentsHttpFilter)
export class ProblemTreesController {
  constructor(
    private readonly sessions: SessionService,
    private readonly viewers: ViewerService,
    private readonly trees: ProblemTreeService,
  ) {}

  @Get(':id/export.md')
  async markdown(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Res() res: Response) {
    const { tree, nodes } = await this.trees.exportable(await this.viewerOf(req), id);
    send(res, tree.title, 'md', 'text/markdown; charset=utf-8', treeToMarkdown(tree.title, nodes));
  }

  @Get(':id/export.json')
  async json(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: Request, @Res() res: Response) {
    const { tree, nodes } = await this.trees.exportable(await this.viewerOf(req), id);
    send(
      res,
      tree.title,
      'json',
      'application/json; charset=utf-8',
      JSON.stringify(treeToJson(tree.title, nodes), null, 2),
    );
  }

  private async viewerOf(req: Request) {
    return this.viewers.forAuth(await this.sessions.authenticate(readSessionToken(req.headers.cookie)));
  }
}

function send(res: Response, title: string, extension: 'md' | 'json', contentType: string, body: string): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', attachmentDisposition(`${title.slice(0, 100)}.${extension}`));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  // The tree changes live, and a hidden consultation's tree is not for shared caches.
  res.setHeader('Cache-Control', 'private, no-cache');
  res.send(body);
}
