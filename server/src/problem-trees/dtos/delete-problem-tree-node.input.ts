import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class DeleteProblemTreeNodeInput {
  @IdField()
  id!: string;

  @Field({ description: 'Lift the children to the parent at the node’s place instead of deleting the subtree.' })
  @IsBoolean({ context: { code: FieldErrorCode.INVALID } })
  keepChildren!: boolean;
}
