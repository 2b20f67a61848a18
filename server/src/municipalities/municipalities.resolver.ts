import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import type { RequestContext } from '../common/request-context.js';
import { MunicipalitiesArgs } from './dtos/municipalities.args.js';
import { IdArgs } from '../common/validation/id-field.js';
import { Municipality, MunicipalityConnection, ServiceArea } from './models/municipality.model.js';
import { MunicipalityLoaders } from './municipality.loaders.js';
import { MunicipalityService } from './services/municipality.service.js';

@Public()
@Resolver(() => Municipality)
export class MunicipalitiesResolver {
  constructor(
    private readonly municipalities: MunicipalityService,
    private readonly loaders: MunicipalityLoaders,
  ) {}

  @Query(() => MunicipalityConnection, {
    name: 'municipalities',
    description: 'Municipalities in Polish alphabetical order.',
  })
  municipalityList(@Args() args: MunicipalitiesArgs): Promise<ConnectionShape<Municipality>> {
    return this.municipalities.list(args);
  }

  @Query(() => Municipality, { nullable: true })
  municipality(@Args('slug') slug: string): Promise<Municipality | null> {
    return this.municipalities.findBySlug(slug);
  }

  @Query(() => Municipality, { nullable: true, description: 'null for an unknown id.' })
  municipalityById(@Args() { id }: IdArgs): Promise<Municipality | null> {
    return this.municipalities.findById(id);
  }

  @Query(() => [ServiceArea], { description: 'The eight public-service areas, in their fixed order.' })
  serviceAreas(): Promise<ServiceArea[]> {
    return this.municipalities.serviceAreas();
  }

  @ResolveField(() => Municipality, { nullable: true })
  parent(@Parent() municipality: Municipality, @Ctx() ctx: RequestContext): Promise<Municipality | null> | null {
    return municipality.parentId ? this.loaders.byId(ctx).load(municipality.parentId) : null;
  }

  @ResolveField(() => [Municipality], {
    description:
      'Direct children in Polish alphabetical order; bounded by what a county or city has (at most a few dozen).',
  })
  children(@Parent() municipality: Municipality, @Ctx() ctx: RequestContext): Promise<Municipality[]> | Municipality[] {
    return municipality.childCount === 0 ? [] : this.loaders.childrenOf(ctx).load(municipality.id);
  }
}
