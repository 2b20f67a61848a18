import { Injectable } from '@nestjs/common';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import type { Municipality, ServiceArea } from '../models/municipality.model.js';
import { MunicipalityRepository, type MunicipalityFilter } from '../repositories/municipality.repository.js';
import { ServiceAreaRepository } from '../repositories/service-area.repository.js';

/** Places are read-only through the API: they come from migrations and the seed. */
@Injectable()
export class MunicipalityService {
  constructor(
    private readonly municipalities: MunicipalityRepository,
    private readonly areaRepository: ServiceAreaRepository,
  ) {}

  async list(
    args: MunicipalityFilter & { first: number; after?: string | null },
  ): Promise<ConnectionShape<Municipality>> {
    const found = await this.municipalities.page(args, { limit: args.first + 1, after: decodeCursor(args.after) });
    return toConnection(found, args.first, (municipality) => [municipality.name, municipality.id]);
  }

  findBySlug(slug: string): Promise<Municipality | null> {
    return this.municipalities.findBySlug(slug);
  }

  async findById(id: string): Promise<Municipality | null> {
    const [found] = await this.municipalities.byIds([id]);
    return found;
  }

  exists(id: string): Promise<boolean> {
    return this.municipalities.exists(id);
  }

  serviceAreas(): Promise<ServiceArea[]> {
    return this.areaRepository.all();
  }
}
