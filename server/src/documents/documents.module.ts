import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ConsultationsModule } from '../consultations/consultations.module.js';
import { DocumentKinds } from './document-kinds.js';
import { DocumentResolver } from './document.resolver.js';
import { DocumentsController } from './documents.controller.js';
import { DocumentRepository } from './repositories/document.repository.js';
import { DocumentStorageService } from './services/document-storage.service.js';
import { DocumentService } from './services/document.service.js';

/** Also read by the schema printer, so the schema file and the running module list the same resolvers. */
export const documentResolvers = [DocumentResolver];

/**
 * Files officials attach to consultations, and files of other kinds (proposal
 * attachments) under their own feature's rules: multipart upload and
 * download over HTTP, the rest in GraphQL.
 */
@Module({
  imports: [AccountsModule, ConsultationsModule],
  controllers: [DocumentsController],
  providers: [DocumentKinds, DocumentRepository, DocumentStorageService, DocumentService, ...documentResolvers],
  exports: [DocumentService, DocumentKinds],
})
export class DocumentsModule {}
