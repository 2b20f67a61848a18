import { Field, Float, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { documentDownloadPath, type DocumentKind } from '@ratusz/shared';
import { Connection } from '../../common/pagination/connection.model.js';

@ObjectType({
  description:
    'A file attached to a consultation by its officials, to a proposal, or to a network by its coordinators (PDF, DOCX, ODT, XLSX, CSV, PNG or JPEG).',
})
export class Document {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field({ description: 'The name it was uploaded under (and is downloaded under).' })
  fileName!: string;

  @Field({ description: 'Detected from the content, not from the name.' })
  mimeType!: string;

  @Field(() => Float, { description: 'Size in bytes (at most 20 MB).' })
  sizeBytes!: number;

  @Field(() => GraphQLISODateTime)
  uploadedAt!: Date;

  /** Resolved through loaders or used for access; raw keys stay off the schema. */
  consultationId!: string | null;
  meetingId!: string | null;
  networkId!: string | null;
  municipalityId!: string | null;
  uploaderId!: string | null;
  /** A consultation's official document, a proposal's attachment (listed with its proposal only) or a network's. */
  kind!: DocumentKind;
  /** The file's name on disk; never shown. */
  sha256!: string;
}

/** Where the document is downloaded from (a relative URL on the API's origin). */
export function documentUrl(document: Pick<Document, 'id'>): string {
  return documentDownloadPath(document.id);
}

export const DocumentConnection = Connection(Document, 'DocumentConnection');
