import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ServiceAreaCode } from '@ratusz/shared';
import { ObjectiveNodeKind } from './problem-tree-enums.js';

@ObjectType({ description: 'A positive restatement of an accepted problem-tree node, edited by officials.' })
export class ObjectiveNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  sourceNodeId!: string;

  @Field(() => ObjectiveNodeKind)
  kind!: ObjectiveNodeKind;

  @Field(() => ID, { nullable: true })
  parentId!: string | null;

  @Field(() => Int)
  position!: number;

  @Field()
  text!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'A means marked "to do first".' })
  priority!: boolean;

  treeId!: string;
  serviceAreaCode!: ServiceAreaCode | null;
}
