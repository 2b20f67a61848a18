import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { RequestContext } from '../common/request-context.js';
import type { Municipality } from './models/municipality.model.js';
import { MunicipalityRepository } from './repositories/municipality.repository.js';

const BY_ID = Symbol('municipality.byId');
const CHILDREN = Symbol('municipality.children');

/** Batches municipality look-ups of one request into one statement each. */
@Injectable()
export class MunicipalityLoaders {
  constructor(private readonly municipalities: MunicipalityRepository) {}

  byId(ctx: RequestContext): DataLoader<string, Municipality | null> {
    return ctx.loaders.get(BY_ID, () => new DataLoader((ids: readonly string[]) => this.municipalities.byIds(ids)));
  }

  childrenOf(ctx: RequestContext): DataLoader<string, Municipality[]> {
    return ctx.loaders.get(
      CHILDREN,
      () => new DataLoader((ids: readonly string[]) => this.municipalities.childrenOf(ids)),
    );
  }
}
