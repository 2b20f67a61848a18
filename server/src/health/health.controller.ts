import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../common/auth/access.decorators.js';
import { ReadinessService, type Readiness } from './readiness.service.js';

type ReadinessBody = { status: 'ok' | 'unavailable' } & Pick<Readiness, 'checks'>;

/**
 * For load balancers, orchestrators and docker health checks. `live`: the
 * process answers (restart it if not). `ready`: it should get traffic (200
 * with every check, or 503 naming the failed ones). `/health` is `ready`,
 * which the Dockerfile and docker-compose.yml ask.
 */
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  ready(@Res({ passthrough: true }) res: Response): Promise<ReadinessBody> {
    return this.answer(res);
  }

  @Get()
  check(@Res({ passthrough: true }) res: Response): Promise<ReadinessBody> {
    return this.answer(res);
  }

  private async answer(res: Response): Promise<ReadinessBody> {
    const { ready, checks } = await this.readiness.check();
    res.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE);
    res.setHeader('Cache-Control', 'no-store');
    return { status: ready ? 'ok' : 'unavailable', checks };
  }
}
