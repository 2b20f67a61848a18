import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  CATEGORY_DESCRIPTION_LIMITS,
  CATEGORY_NAME_LIMITS,
  CATEGORY_POSITION_LIMITS,
  FieldErrorCode,
} from '@ratusz/shared';
import { OptionalTextField, SlugField, TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType({ description: 'What to change in a category; omitted fields stay as they are.' })
export class UpdateCategoryInput {
  @IdField()
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @SlugField()
  slug?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TextField(CATEGORY_NAME_LIMITS.min, CATEGORY_NAME_LIMITS.max)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalTextField(CATEGORY_DESCRIPTION_LIMITS.max)
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(invalid)
  @Min(CATEGORY_POSITION_LIMITS.min, invalid)
  @Max(CATEGORY_POSITION_LIMITS.max, invalid)
  position?: number;
}
