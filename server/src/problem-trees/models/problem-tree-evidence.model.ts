import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A forum post or a document backing a node.' })
export class ProblemTreeEvidence {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  nodeId!: string;

  postId!: string | null;
  documentId!: string | null;
}
