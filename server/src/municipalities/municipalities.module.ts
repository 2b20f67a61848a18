import { Module } from '@nestjs/common';
import { MunicipalitiesResolver } from './municipalities.resolver.js';
import { MunicipalityLoaders } from './municipality.loaders.js';
import { MunicipalityRepository } from './repositories/municipality.repository.js';
import { ServiceAreaRepository } from './repositories/service-area.repository.js';
import { MunicipalityService } from './services/municipality.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const municipalityResolvers = [MunicipalitiesResolver];

@Module({
  providers: [
    MunicipalityRepository,
    ServiceAreaRepository,
    MunicipalityService,
    MunicipalityLoaders,
    ...municipalityResolvers,
  ],
  exports: [MunicipalityService, MunicipalityLoaders],
})
export class MunicipalitiesModule {}
