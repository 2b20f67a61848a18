import { Module } from '@nestjs/common';
import { BlockCheck } from './blocks.js';
import { ModerationRegistry } from './moderation-registry.js';

/**
 * The part of moderation content features depend on: the registry their
 * adapters join, and the block check their writes make. Kept apart from ModerationModule (which needs the forum for
 * moving threads) so the forum, proposals and trees can import it without a cycle.
 */
@Module({ providers: [ModerationRegistry, BlockCheck], exports: [ModerationRegistry, BlockCheck] })
export class ModerationCoreModule {}
