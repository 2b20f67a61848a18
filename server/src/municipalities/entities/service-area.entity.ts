import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ServiceAreaCode } from '@ratusz/shared';

@Entity('service_areas')
export class ServiceAreaEntity {
  @PrimaryColumn('text')
  code!: ServiceAreaCode;

  @Column('text', { name: 'name_pl' })
  namePl!: string;

  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Column('integer')
  position!: number;
}
