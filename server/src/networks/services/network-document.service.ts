import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DocumentKind } from '@ratusz/shared';
import { DomainError } from '../../common/errors/domain-error.js';
import type { ConnectionShape } from '../../common/pagination/connection.model.js';
import { requireAccess, type Viewer } from '../../common/policy/viewer.js';
import { DocumentKinds, type OwnedDocumentRules } from '../../documents/document-kinds.js';
import type { Document } from '../../documents/models/document.model.js';
import { DocumentService } from '../../documents/services/document.service.js';
import type { Network } from '../../municipalities/models/municipality.model.js';
import { canManageNetworkDocuments, canReadNetworkDocuments } from '../networks.policy.js';
import { NetworkMemberRepository } from '../repositories/network-member.repository.js';
import { NetworkRepository } from '../repositories/network.repository.js';

type NetworkWithMembers = Network & { memberIds: string[] };

/**
 * A network's documents. The documents feature stores and serves them (one
 * upload path, the same size and type rules, the same safe download); this
 * service holds their rules from the networks policy: coordinators upload,
 * rename and remove them, and whoever may see the network's content lists
 * and downloads them.
 */
@Injectable()
export class NetworkDocumentService implements OwnedDocumentRules, OnModuleInit {
  constructor(
    private readonly kinds: DocumentKinds,
    private readonly documents: DocumentService,
    private readonly networks: NetworkRepository,
    private readonly members: NetworkMemberRepository,
  ) {}

  onModuleInit(): void {
    this.kinds.registerOwned(DocumentKind.NETWORK, this);
  }

  async beforeUpload(viewer: Viewer & { userId: string }, networkId: string): Promise<void> {
    const network = await this.readable(viewer, networkId);
    requireAccess(canManageNetworkDocuments(viewer, network), 'Only the network’s coordinators can add its documents.');
  }

  async canRead(viewer: Viewer, document: Document): Promise<boolean> {
    if (!document.networkId) return false;
    const network = await this.withMembers(document.networkId);
    return network !== null && canReadNetworkDocuments(viewer, network);
  }

  canManage(viewer: Viewer, document: Document): Promise<boolean> {
    return Promise.resolve(
      document.networkId !== null && canManageNetworkDocuments(viewer, { id: document.networkId }),
    );
  }

  /** Newest first; FORBIDDEN while the network keeps its content internal and the viewer is outside it. */
  async list(
    viewer: Viewer,
    networkId: string,
    first: number,
    after?: string | null,
  ): Promise<ConnectionShape<Document>> {
    await this.readable(viewer, networkId);
    return this.documents.listForNetwork(networkId, first, after);
  }

  private async readable(viewer: Viewer, networkId: string): Promise<NetworkWithMembers> {
    const network = await this.withMembers(networkId);
    if (!network) throw DomainError.notFound('The network');
    requireAccess(
      canReadNetworkDocuments(viewer, network),
      'This network keeps its documents to its coordinators and member municipalities.',
    );
    return network;
  }

  private async withMembers(networkId: string): Promise<NetworkWithMembers | null> {
    const [network, [members]] = await Promise.all([
      this.networks.byId(networkId),
      this.members.membersOf([networkId]),
    ]);
    return network ? { ...network, memberIds: members.map((member) => member.municipalityId) } : null;
  }
}
