import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { SeedService } from './seed.service.js';

@Module({ imports: [AccountsModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
