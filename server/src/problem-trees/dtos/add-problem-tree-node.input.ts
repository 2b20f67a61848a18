import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { FieldErrorCode, TREE_NODE_DESCRIPTION_LIMITS, TREE_NODE_TEXT_LIMITS } from '@ratusz/shared';
import { OptionalTextField, TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { ProblemTreeNodeKind } from '../models/problem-tree-enums.js';

@InputType({ description: 'A new node, appended as the last child of its parent.' })
export class AddProblemTreeNodeInput {
  @IdField()
  treeId!: string;

  @IdField({ description: 'The core or a node of the same kind.' })
  parentId!: string;

  @Field(() => ProblemTreeNodeKind, { description: 'CAUSE or EFFECT; a tree has one CORE, made with it.' })
  @IsEnum(ProblemTreeNodeKind, { context: { code: FieldErrorCode.INVALID } })
  kind!: ProblemTreeNodeKind;

  @Field()
  @TextField(TREE_NODE_TEXT_LIMITS)
  text!: string;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @OptionalTextField(TREE_NODE_DESCRIPTION_LIMITS)
  description?: string | null;
}
