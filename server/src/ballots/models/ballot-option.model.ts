import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ServiceAreaCode } from '@ratusz/shared';
import { ServiceArea } from '../../municipalities/models/municipality.model.js';

@ObjectType({ description: 'One thing to vote for: a service area or an accepted proposal.' })
export class BallotOption {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Order on the ballot, from 0; the order of results and of the pairwise matrix.' })
  position!: number;

  @Field({ description: 'The service area’s Polish name or the proposal’s title, as it was when added.' })
  label!: string;

  @Field(() => ServiceArea, { nullable: true, description: 'The service area (SERVICE_AREAS ballots).' })
  serviceArea!: ServiceArea | null;

  /** Resolved through loaders. */
  ballotId!: string;
  serviceAreaCode!: ServiceAreaCode | null;
  proposalId!: string | null;
}
