import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ConsultationStatus, ServiceAreaCode } from '@ratusz/shared';
import { PageInfo } from '../../common/pagination/connection.model.js';
import { ProposalStatus } from './proposal-enums.js';

@ObjectType({ description: 'A resident’s (or an organisation’s) proposal in a consultation.' })
export class Proposal {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1, 2, 3… within its consultation, shown as "#3".' })
  number!: number;

  @Field(() => ID)
  consultationId!: string;

  /** Resolved by `ProposalFieldsResolver`, which withholds it while the proposal is hidden. */
  title!: string;

  @Field({ description: 'Sanitised HTML rendered by the server.' })
  bodyHtml!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The organisation it was submitted for (see `organisation`).',
  })
  organizationId!: string | null;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => String, { nullable: true, description: 'The official answer, public; sanitised HTML.' })
  officialAnswerHtml!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  officialAnswerAt!: Date | null;

  @Field(() => Int)
  supportCount!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The author’s last edit.' })
  editedAt!: Date | null;

  /** Resolved through fields and loaders, or used by the policies; raw keys stay off the schema. */
  bodyMarkdown!: string;
  serviceAreaCode!: ServiceAreaCode;
  serviceAreaNamePl!: string;
  serviceAreaNameEn!: string;
  /** Whole grosze as PostgreSQL gives a bigint (text), or null. */
  costEstimateGrosze!: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Shown instead: "hidden by a moderator: <reason>"; null when visible.',
  })
  hiddenReason!: string | null;

  authorId!: string | null;
  officialAnswerSource!: string | null;
  threadId!: string | null;
  municipalityId!: string;
  consultationStatus!: ConsultationStatus;
  /** `created_at` with the microseconds a JavaScript Date would lose, for keyset cursors. */
  cursorAt!: string;
}

@ObjectType()
export class ProposalConnection {
  @Field(() => [Proposal])
  nodes!: Proposal[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'Proposals matching the filters, on every page.' })
  totalCount!: number;
}
