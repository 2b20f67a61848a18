import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ProblemTreeNodeKind, ProblemTreeNodeStatus } from './problem-tree-enums.js';

@ObjectType({ description: 'One statement of a problem tree: the core problem, a cause or an effect.' })
export class ProblemTreeNode {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  treeId!: string;

  @Field(() => ProblemTreeNodeKind)
  kind!: ProblemTreeNodeKind;

  @Field(() => ID, { nullable: true, description: 'Null for the core; the core or a node of the same kind otherwise.' })
  parentId!: string | null;

  @Field(() => Int, { description: 'Order among its siblings, from 0, without gaps.' })
  position!: number;

  /** Resolved by `ProblemTreeNodeResolver`, which withholds it while the node is hidden. */
  text!: string;

  @Field(() => String, { nullable: true, description: 'Sanitised HTML rendered by the server.' })
  descriptionHtml!: string | null;

  /** Markdown as written; resolved by `ProblemTreeNodeResolver`, which withholds it while the node is hidden. */
  descriptionSource!: string | null;

  @Field(() => ProblemTreeNodeStatus)
  status!: ProblemTreeNodeStatus;

  @Field(() => String, { nullable: true })
  rejectionReason!: string | null;

  @Field(() => Int, { description: 'Bumped by every change of text or description; edits name the version they saw.' })
  version!: number;

  @Field(() => Int)
  supportCount!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Shown instead: "hidden by a moderator: <reason>"; null when visible.',
  })
  hiddenReason!: string | null;

  authorId!: string | null;
  threadId!: string | null;
  suggested!: boolean;
  /** The tree's municipality, whose moderators and officials still read a hidden node. */
  municipalityId!: string | null;
}
