import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A core problem with its causes and effects, built together; at most 500 nodes.' })
export class ProblemTree {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true, description: 'Null for a standalone workshop tree of a municipality.' })
  consultationId!: string | null;

  @Field(() => ID)
  municipalityId!: string;

  @Field()
  title!: string;

  @Field({ description: 'Six characters of an unambiguous alphabet, for joining a workshop from a phone.' })
  joinCode!: string;

  @Field(() => Int, { description: 'Sequence of the last live event; pass it to problemTreeEvents to catch up.' })
  lastSeq!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  createdById!: string | null;
}
