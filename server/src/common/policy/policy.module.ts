import { Global, Module } from '@nestjs/common';
import { ViewerRepository } from './viewer.repository.js';
import { ViewerService } from './viewer.service.js';

/** Every feature's policy judges a Viewer; this module builds it. */
@Global()
@Module({ providers: [ViewerRepository, ViewerService], exports: [ViewerService] })
export class PolicyModule {}
