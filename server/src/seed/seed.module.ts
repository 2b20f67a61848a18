import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { SeedService } from './seed.service.js';

@Module({ imports: [AccountsModule, ForumModule], providers: [SeedService], exports: [SeedService] })
export class SeedModule {}
