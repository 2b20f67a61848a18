import { Args, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators.js';
import { SearchArgs } from './dtos/search.args.js';
import { SearchHit, SearchHitConnection } from './models/forum.model.js';
import { SearchService } from './services/search.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

/** Relevance is a float from PostgreSQL; clients get an integer that orders the same. */
const SCORE_SCALE = 1000;

@Resolver(() => SearchHit)
export class SearchResolver {
  constructor(private readonly search: SearchService) {}

  @Public()
  @RateLimit('SEARCH')
  @Query(() => SearchHitConnection, { description: 'Full-text search over titles and posts, diacritics ignored.' })
  forumSearch(@Args() args: SearchArgs) {
    return this.search.search(args);
  }

  @ResolveField(() => Int, { description: 'Relevance, higher is better.' })
  score(@Parent() hit: SearchHit): number {
    return Math.round(hit.rank * SCORE_SCALE);
  }
}
