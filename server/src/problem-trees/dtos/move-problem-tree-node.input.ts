import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { FieldErrorCode, PROBLEM_TREE_LIMITS } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType({ description: 'To another parent, or (the same parent) to another place among the siblings.' })
export class MoveProblemTreeNodeInput {
  @IdField()
  id!: string;

  @IdField()
  parentId!: string;

  @Field(() => Int, { description: 'The place among the new siblings, from 0; past the end means last.' })
  @IsInt(invalid)
  @Min(0, invalid)
  @Max(PROBLEM_TREE_LIMITS.maxNodes, invalid)
  position!: number;
}
