import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ErrorCode, FieldErrorCode, HANDLE_PATTERN, NETWORK_MAX_MEMBERS, normaliseHandle } from '@ratusz/shared';
import { isForeignKeyViolation, isUniqueViolation, type Queryable } from '../../common/database/sql.js';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { decodeCursor, toConnection } from '../../common/pagination/cursor.js';
import { requireAccess, requireUser, type Viewer } from '../../common/policy/viewer.js';
import type { Network } from '../../municipalities/models/municipality.model.js';
import type { CreateNetworkInput } from '../dtos/create-network.input.js';
import type { NetworksArgs } from '../dtos/networks.args.js';
import type { AddNetworkCoordinatorArgs } from '../dtos/network-coordinator.args.js';
import { canAdministerNetworks, canManageMembers, canPublishIndicators } from '../networks.policy.js';
import {
  COORDINATOR_USER_FK,
  MEMBER_MUNICIPALITY_FK,
  NetworkMemberRepository,
} from '../repositories/network-member.repository.js';
import { NETWORK_NAME_UQ, NetworkRepository, SERVICE_AREA_FK } from '../repositories/network.repository.js';

/** Networks, their members (in hosting order) and coordinators. */
@Injectable()
export class NetworkService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly networks: NetworkRepository,
    private readonly members: NetworkMemberRepository,
  ) {}

  async list(args: NetworksArgs): Promise<ConnectionShape<Network>> {
    const found = await this.networks.page(
      {
        kind: args.kind ?? null,
        serviceAreaCode: args.serviceAreaCode ?? null,
        municipalityId: args.municipalityId ?? null,
      },
      { limit: args.first + 1, after: decodeCursor(args.after) },
    );
    return toConnection(found, args.first, (network) => [network.name, network.id]);
  }

  byId(id: string): Promise<Network | null> {
    return this.networks.byId(id);
  }

  async create(viewer: Viewer, input: CreateNetworkInput): Promise<Network> {
    requireUser(viewer);
    requireAccess(canAdministerNetworks(viewer), 'Only administrators create networks.');
    try {
      const id = await this.networks.insert({
        name: input.name,
        kind: input.kind,
        serviceAreaCode: input.serviceAreaCode ?? null,
        municipalityKind: input.municipalityKind ?? null,
        note: input.note ? input.note : null,
      });
      return (await this.networks.byId(id))!;
    } catch (error) {
      if (isUniqueViolation(error, NETWORK_NAME_UQ)) {
        throw new DomainError(ErrorCode.CONFLICT, 'A network with this name exists.', {
          fieldErrors: [{ field: 'name', code: FieldErrorCode.DUPLICATE }],
        });
      }
      if (isForeignKeyViolation(error, SERVICE_AREA_FK)) {
        throw DomainError.badInput([{ field: 'serviceAreaCode', code: FieldErrorCode.NOT_FOUND }]);
      }
      throw error;
    }
  }

  /** Appends the municipality to the hosting order; adding a member again changes nothing. */
  addMember(viewer: Viewer, networkId: string, municipalityId: string): Promise<Network> {
    return this.changeMembers(viewer, networkId, async (tx) => {
      if ((await this.members.memberCount(networkId, tx)) >= NETWORK_MAX_MEMBERS) {
        throw new DomainError(ErrorCode.NETWORK_FULL, `A network holds at most ${NETWORK_MAX_MEMBERS} members.`);
      }
      await this.members.addMember(networkId, municipalityId, tx);
    }).catch((error: unknown) => {
      if (isForeignKeyViolation(error, MEMBER_MUNICIPALITY_FK)) {
        throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_FOUND }]);
      }
      throw error;
    });
  }

  removeMember(viewer: Viewer, networkId: string, municipalityId: string): Promise<Network> {
    return this.changeMembers(viewer, networkId, async (tx) => {
      if (!(await this.members.removeMember(networkId, municipalityId, tx))) {
        throw DomainError.badInput([{ field: 'municipalityId', code: FieldErrorCode.NOT_A_MEMBER }]);
      }
    });
  }

  /** By the account's id, handle or e-mail (exactly one); naming a coordinator again changes nothing. */
  addCoordinator(viewer: Viewer, args: AddNetworkCoordinatorArgs): Promise<Network> {
    const handle = args.handle ? normaliseHandle(args.handle) : null;
    const email = args.email || null;
    const userId = args.userId || null;
    const given = [userId, handle, email].filter(Boolean).length;
    if (given !== 1) {
      throw DomainError.badInput(
        [{ field: 'userId', code: given === 0 ? FieldErrorCode.REQUIRED : FieldErrorCode.INVALID }],
        'Name the coordinator by one of id, handle or e-mail.',
      );
    }
    if (handle && !HANDLE_PATTERN.test(handle)) {
      throw DomainError.badInput([{ field: 'handle', code: FieldErrorCode.INVALID }]);
    }
    return this.changeCoordinators(viewer, args.networkId, async (tx) => {
      const found = userId ?? (await this.members.userIdBy(handle ? { handle } : { email: email! }, tx));
      if (!found) throw DomainError.badInput([{ field: handle ? 'handle' : 'email', code: FieldErrorCode.NOT_FOUND }]);
      await this.members.addCoordinator(args.networkId, found, tx);
    }).catch((error: unknown) => {
      if (isForeignKeyViolation(error, COORDINATOR_USER_FK)) {
        throw DomainError.badInput([{ field: 'userId', code: FieldErrorCode.NOT_FOUND }]);
      }
      throw error;
    });
  }

  /** Keeps the network's indicator comparison internal (false) or publishes it (true). */
  setIndicatorsPublic(viewer: Viewer, networkId: string, indicatorsPublic: boolean): Promise<Network> {
    requireUser(viewer);
    return this.db.transaction(async (tx) => {
      const network = await this.lock(networkId, tx);
      requireAccess(
        canPublishIndicators(viewer, network),
        "Only the network's coordinators publish its indicator data.",
      );
      await this.networks.setIndicatorsPublic(network.id, indicatorsPublic, tx);
      return { ...network, indicatorsPublic };
    });
  }

  removeCoordinator(viewer: Viewer, networkId: string, userId: string): Promise<Network> {
    return this.changeCoordinators(viewer, networkId, async (tx) => {
      if (!(await this.members.removeCoordinator(networkId, userId, tx))) {
        throw DomainError.badInput([{ field: 'userId', code: FieldErrorCode.NOT_FOUND }]);
      }
    });
  }

  /** The network under its row lock, or NOT_FOUND. */
  async lock(networkId: string, tx: Queryable): Promise<Network> {
    const network = await this.networks.lockById(networkId, tx);
    if (!network) throw DomainError.notFound('The network');
    return network;
  }

  private async changeMembers(
    viewer: Viewer,
    networkId: string,
    change: (tx: Queryable) => Promise<void>,
  ): Promise<Network> {
    requireUser(viewer);
    return this.db.transaction(async (tx) => {
      const network = await this.lock(networkId, tx);
      requireAccess(canManageMembers(viewer, network), "Only the network's coordinators manage its members.");
      await change(tx);
      return network;
    });
  }

  private async changeCoordinators(
    viewer: Viewer,
    networkId: string,
    change: (tx: Queryable) => Promise<void>,
  ): Promise<Network> {
    requireUser(viewer);
    requireAccess(canAdministerNetworks(viewer), 'Only administrators name coordinators.');
    return this.db.transaction(async (tx) => {
      const network = await this.lock(networkId, tx);
      await change(tx);
      return network;
    });
  }
}
