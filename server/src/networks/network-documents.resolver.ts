import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { Document, DocumentConnection } from '../documents/models/document.model.js';
import { NetworkDocumentsArgs } from './dtos/network-documents.args.js';
import { NetworkDocumentService } from './services/network-document.service.js';

/**
 * A network's documents: uploaded over `POST /api/uploads` with `networkId`,
 * renamed and removed with `renameDocument` and `deleteDocument`, listed here.
 */
@Resolver(() => Document)
export class NetworkDocumentsResolver {
  constructor(
    private readonly service: NetworkDocumentService,
    private readonly viewers: ViewerService,
  ) {}

  @Public()
  @Query(() => DocumentConnection, {
    description:
      'Newest first; while the network keeps its data internal, only for its coordinators and member municipalities’ officials and moderators.',
  })
  async networkDocuments(
    @Args() args: NetworkDocumentsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Document>> {
    return this.service.list(await this.viewers.forRequest(ctx), args.networkId, args.first, args.after);
  }
}
