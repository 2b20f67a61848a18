import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { MunicipalRole } from '@ratusz/shared';

@Entity('role_grants')
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid', { name: 'user_id' })
  userId!: string;

  @Column('uuid', { name: 'municipality_id' })
  municipalityId!: string;

  @Column('text')
  role!: MunicipalRole;

  @Column('uuid', { name: 'granted_by_id', nullable: true })
  grantedById!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
