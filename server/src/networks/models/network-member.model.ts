import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A municipality in a network; `position` is its turn to host the group’s meetings.' })
export class NetworkMember {
  @Field(() => Int)
  position!: number;

  @Field(() => GraphQLISODateTime)
  joinedAt!: Date;

  /** Resolved through a loader. */
  municipalityId!: string;
  networkId!: string;
}

@ObjectType({ description: 'A person who leads a network: manages its members, meeting plan and forum categories.' })
export class NetworkCoordinator {
  @Field(() => GraphQLISODateTime)
  grantedAt!: Date;

  /** Resolved through a loader. */
  userId!: string;
  networkId!: string;
}
