import { Global, Module } from '@nestjs/common';
import { EventLogHousekeepingService } from './event-log/event-log-housekeeping.service.js';
import { RealtimeService } from './realtime.service.js';

@Global()
@Module({ providers: [RealtimeService, EventLogHousekeepingService], exports: [RealtimeService] })
export class RealtimeModule {}
