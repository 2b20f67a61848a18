import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role } from '@ratusz/shared';
import { Connection } from '../../common/pagination/connection.model.js';

registerEnumType(Role, { name: 'Role' });

@ObjectType({ description: 'What anyone may see of a user.' })
export class UserSummary {
  @Field(() => ID)
  id!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'What others write after @ to mention this user, e.g. zofia_mieszkanka.' })
  handle!: string;

  homeMunicipalityId!: string | null;
}

@ObjectType({ description: 'A user as seen by themselves or an administrator: includes the e-mail and roles.' })
export class Account {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field({ description: 'What others write after @ to mention this user.' })
  handle!: string;

  @Field()
  isAdmin!: boolean;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  homeMunicipalityId!: string | null;
}

export const AccountConnection = Connection(Account, 'AccountConnection');

@ObjectType({ description: 'A role held in one municipality.' })
export class RoleGrant {
  @Field(() => ID)
  id!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => GraphQLISODateTime)
  grantedAt!: Date;

  userId!: string;
  municipalityId!: string;
}

export const RoleGrantConnection = Connection(RoleGrant, 'RoleGrantConnection');

@ObjectType({ description: 'One logged-in browser or device.' })
export class SessionInfo {
  @Field(() => ID)
  id!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  lastSeenAt!: Date;

  @Field(() => GraphQLISODateTime)
  expiresAt!: Date;

  @Field(() => String, { nullable: true })
  userAgent!: string | null;

  @Field(() => String, { nullable: true })
  ip!: string | null;

  @Field({ description: 'True for the session making this request.' })
  current!: boolean;
}

@ObjectType()
export class AuthPayload {
  @Field(() => Account)
  account!: Account;
}
