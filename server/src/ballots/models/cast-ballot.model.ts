import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One chosen option: with its points (POINTS) or rank (RANKED).' })
export class BallotChoice {
  @Field(() => ID)
  optionId!: string;

  @Field(() => Int, { nullable: true })
  points!: number | null;

  @Field(() => Int, { nullable: true, description: '1 is the first preference.' })
  rank!: number | null;
}

@ObjectType({ description: "The viewer's own ballot; nobody else's is ever readable." })
export class CastBallot {
  @Field({ description: 'Kept when the ballot is changed; listed among the counted receipts after the close.' })
  receipt!: string;

  @Field(() => GraphQLISODateTime, { description: 'When the ballot counted now was cast (the last change).' })
  castAt!: Date;

  @Field(() => [BallotChoice])
  choices!: BallotChoice[];
}
