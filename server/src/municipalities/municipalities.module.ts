import { Module } from '@nestjs/common';
import { MunicipalitiesResolver } from './municipalities.resolver.js';
import { MunicipalityLoaders } from './municipality.loaders.js';
import { MunicipalityService } from './services/municipality.service.js';

@Module({
  providers: [MunicipalityService, MunicipalityLoaders, MunicipalitiesResolver],
  exports: [MunicipalityService, MunicipalityLoaders],
})
export class MunicipalitiesModule {}
