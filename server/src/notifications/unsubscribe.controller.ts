import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { escapeHtml } from '../mail/mail.service.js';
import { UnsubscribeService } from './services/unsubscribe.service.js';

function page(res: Response, status: number, body: string): void {
  res.status(status);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.send(
    `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>Ratusz</title></head><body><main>${body}</main></body></html>`,
  );
}

/**
 * The link in every e-mail. GET shows a button (mail scanners follow links,
 * so a GET changes nothing); POST — the button, or a mail client's one-click
 * request (RFC 8058) — switches that type of e-mail off.
 */
@Controller('api/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Public()
  @Get()
  confirm(@Query('token') token: string | undefined, @Res() res: Response): void {
    const safe = escapeHtml(token ?? '');
    page(
      res,
      200,
      `<h1>Wypisz się z wiadomości / Unsubscribe</h1>
       <form method="post" action="/api/unsubscribe?token=${encodeURIComponent(token ?? '')}">
       <input type="hidden" name="token" value="${safe}">
       <button type="submit">Wypisz mnie / Unsubscribe me</button></form>`,
    );
  }

  @Public()
  @Post()
  @HttpCode(200)
  async apply(@Query('token') token: string | undefined, @Res() res: Response): Promise<void> {
    const done = token ? await this.unsubscribe.unsubscribe(token) : false;
    if (done)
      page(res, 200, '<h1>Wypisano / Unsubscribed</h1><p>Tych wiadomości już nie wyślemy. <a href="/">Ratusz</a></p>');
    else page(res, 400, '<h1>Nieprawidłowy link / Invalid link</h1>');
  }
}
