import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { RealtimeGateway } from './realtime.gateway.js';

/** Separate from RealtimeModule because the gateway needs sessions, and sessions need RealtimeService. */
@Module({ imports: [AccountsModule], providers: [RealtimeGateway] })
export class RealtimeGatewayModule {}
