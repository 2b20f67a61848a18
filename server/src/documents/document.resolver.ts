import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AccountLoaders } from '../accounts/account.loaders.js';
import { UserSummary } from '../accounts/models/account.model.js';
import { Authenticated, Public } from '../common/auth/access.decorators.js';
import { Ctx } from '../common/auth/current-auth.decorator.js';
import type { ConnectionShape } from '../common/pagination/connection.model.js';
import { ViewerService } from '../common/policy/viewer.service.js';
import type { RequestContext } from '../common/request-context.js';
import { IdArgs } from '../common/validation/id-field.js';
import { ConsultationDocumentsArgs } from './dtos/consultation-documents.args.js';
import { RenameDocumentInput } from './dtos/rename-document.input.js';
import { Document, DocumentConnection, documentUrl } from './models/document.model.js';
import { DocumentService } from './services/document.service.js';
import { RateLimit } from '../common/rate-limit/rate-limit.decorator.js';

/** Files are uploaded and downloaded over HTTP (DocumentsController); listing and managing them is GraphQL. */
@Resolver(() => Document)
export class DocumentResolver {
  constructor(
    private readonly documents: DocumentService,
    private readonly viewers: ViewerService,
    private readonly accounts: AccountLoaders,
  ) {}

  @Public()
  @Query(() => DocumentConnection, {
    description: 'Newest first; a draft consultation’s only for those who manage it.',
  })
  async consultationDocuments(
    @Args() args: ConsultationDocumentsArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ConnectionShape<Document>> {
    return this.documents.listForConsultation(
      await this.viewers.forRequest(ctx),
      args.consultationId,
      args.first,
      args.after,
    );
  }

  @Authenticated()
  @RateLimit('DOCUMENT_WRITE')
  @Mutation(() => Document, {
    description: 'Officials of the consultation’s municipality; a network’s documents: its coordinators.',
  })
  async renameDocument(@Args('input') input: RenameDocumentInput, @Ctx() ctx: RequestContext): Promise<Document> {
    return this.documents.rename(await this.viewers.forRequest(ctx), input.documentId, input.title);
  }

  @Authenticated()
  @RateLimit('DOCUMENT_WRITE')
  @Mutation(() => Document, {
    description:
      'Officials of the consultation’s municipality; a network’s documents: its coordinators. Returns what was removed.',
  })
  async deleteDocument(@Args() { id }: IdArgs, @Ctx() ctx: RequestContext): Promise<Document> {
    return this.documents.delete(await this.viewers.forRequest(ctx), id);
  }

  @ResolveField(() => String, { description: 'Where to download it (relative to the API’s origin).' })
  url(@Parent() document: Document): string {
    return documentUrl(document);
  }

  @ResolveField(() => UserSummary, { nullable: true, description: 'Null when the account was deleted.' })
  uploader(@Parent() document: Document, @Ctx() ctx: RequestContext): Promise<UserSummary | null> | null {
    return document.uploaderId ? this.accounts.userById(ctx).load(document.uploaderId) : null;
  }
}
