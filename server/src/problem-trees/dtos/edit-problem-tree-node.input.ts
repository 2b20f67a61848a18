import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Min } from 'class-validator';
import { FieldErrorCode, TREE_NODE_DESCRIPTION_LIMITS, TREE_NODE_TEXT_LIMITS } from '@ratusz/shared';
import { OptionalTextField, TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType()
export class EditProblemTreeNodeInput {
  @IdField()
  id!: string;

  @Field(() => Int, { description: 'The version the change was made on; another → STALE_VERSION.' })
  @IsInt(invalid)
  @Min(1, invalid)
  version!: number;

  @Field()
  @TextField(TREE_NODE_TEXT_LIMITS)
  text!: string;

  @Field(() => String, { nullable: true, description: 'Markdown; null or empty removes it.' })
  @IsOptional()
  @OptionalTextField(TREE_NODE_DESCRIPTION_LIMITS)
  description?: string | null;
}
