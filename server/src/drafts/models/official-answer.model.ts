import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'An official’s reply marked as the answer to a comment on a draft paragraph.' })
export class OfficialAnswer {
  @Field(() => ID, { description: 'The reply that is the answer.' })
  postId!: string;

  @Field(() => ID, { description: 'The comment it answers.' })
  answeredPostId!: string;

  /** For the per-paragraph loader. */
  paragraphId!: string;
}
