import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganisationInvitationStatus, OrganisationRole } from '@ratusz/shared';
import { Connection } from '../../common/pagination/connection.model.js';

registerEnumType(OrganisationRole, { name: 'OrganisationRole', description: 'OWNER (exactly one) or MEMBER.' });
registerEnumType(OrganisationInvitationStatus, { name: 'OrganisationInvitationStatus' });

export { OrganisationInvitationStatus, OrganisationRole };

@ObjectType({ description: 'An NGO: its members post and submit proposals on its behalf.' })
export class Organisation {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'The National Court Register number (10 digits).' })
  krs!: string | null;

  @Field({ description: 'Sanitised HTML rendered by the server from the Markdown description.' })
  descriptionHtml!: string;

  @Field(() => String, { nullable: true, description: 'An http(s) address.' })
  website!: string | null;

  @Field({ description: 'Whether an administrator or an official of one of its municipalities verified it.' })
  verified!: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => Int)
  memberCount!: number;

  descriptionSource!: string;
  verifiedById!: string | null;
  ownerId!: string;
  /** The name, for keyset cursors over the alphabetical order. */
  sortKey!: string;
}

export const OrganisationConnection = Connection(Organisation, 'OrganisationConnection');

@ObjectType({ description: 'A member of an organisation.' })
export class OrganisationMember {
  @Field(() => OrganisationRole)
  role!: OrganisationRole;

  @Field(() => GraphQLISODateTime)
  joinedAt!: Date;

  organisationId!: string;
  userId!: string;
  cursorAt!: string;
}

export const OrganisationMemberConnection = Connection(OrganisationMember, 'OrganisationMemberConnection');

@ObjectType({ description: 'An invitation to join an organisation, which the invitee accepts or declines.' })
export class OrganisationInvitation {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganisationInvitationStatus)
  status!: OrganisationInvitationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The e-mail invited, when nobody had an account with it (shown to the organisation’s owner).',
  })
  inviteeEmail!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  respondedAt!: Date | null;

  organisationId!: string;
  inviteeId!: string | null;
  invitedById!: string | null;
  cursorAt!: string;
}

export const OrganisationInvitationConnection = Connection(OrganisationInvitation, 'OrganisationInvitationConnection');
