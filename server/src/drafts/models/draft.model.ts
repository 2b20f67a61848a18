import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'One version of a consultation’s draft document, split into numbered paragraphs.' })
export class Draft {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  consultationId!: string;

  @Field(() => Int, { description: '1 for the first version, then 2, 3, …' })
  version!: number;

  @Field()
  title!: string;

  @Field({ description: 'The whole document, markdown as written.' })
  source!: string;

  @Field(() => Int)
  paragraphCount!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  /** Resolved through loaders; raw keys stay off the schema. */
  createdById!: string | null;
}
