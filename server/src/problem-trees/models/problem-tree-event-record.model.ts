import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A live problem-tree event kept for clients catching up after a reconnect.' })
export class ProblemTreeEventRecord {
  @Field(() => Int)
  seq!: number;

  @Field()
  kind!: string;

  @Field({ description: 'The event exactly as it was pushed over the socket, as JSON.' })
  payload!: string;
}
