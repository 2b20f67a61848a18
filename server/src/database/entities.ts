import { RoleGrantEntity } from '../accounts/entities/role-grant.entity.js';
import { SessionEntity } from '../accounts/entities/session.entity.js';
import { UserEntity } from '../accounts/entities/user.entity.js';
import { ForumCategoryEntity } from '../forum/entities/forum-category.entity.js';
import { MunicipalityEntity } from '../municipalities/entities/municipality.entity.js';
import { NetworkEntity } from '../municipalities/entities/network.entity.js';
import { ServiceAreaEntity } from '../municipalities/entities/service-area.entity.js';

export const entities = [
  MunicipalityEntity,
  ServiceAreaEntity,
  NetworkEntity,
  ForumCategoryEntity,
  UserEntity,
  RoleGrantEntity,
  SessionEntity,
];
