import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { ProposalStatus } from './proposal-enums.js';

@ObjectType({ description: 'One step of a proposal’s timeline: who changed its status, when and why.' })
export class ProposalStatusChange {
  @Field(() => ID)
  id!: string;

  @Field(() => ProposalStatus)
  status!: ProposalStatus;

  @Field(() => ProposalStatus, { nullable: true, description: 'Null for the submission.' })
  previousStatus!: ProposalStatus | null;

  @Field(() => String, { nullable: true, description: 'The reason or answer given (Markdown as written).' })
  reason!: string | null;

  @Field(() => GraphQLISODateTime)
  at!: Date;

  @Field({ description: 'Made by the support threshold, not by a person.' })
  automatic!: boolean;

  proposalId!: string;
  actorId!: string | null;
}
