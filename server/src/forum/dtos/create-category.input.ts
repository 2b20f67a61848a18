import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import {
  CATEGORY_DESCRIPTION_LIMITS,
  CATEGORY_NAME_LIMITS,
  CATEGORY_POSITION_LIMITS,
  FieldErrorCode,
} from '@ratusz/shared';
import { OptionalTextField, SlugField, TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType()
export class CreateCategoryInput {
  @Field()
  @SlugField()
  slug!: string;

  @Field()
  @TextField(CATEGORY_NAME_LIMITS.min, CATEGORY_NAME_LIMITS.max)
  name!: string;

  @Field({ defaultValue: '' })
  @OptionalTextField(CATEGORY_DESCRIPTION_LIMITS.max)
  description!: string;

  @IdField({
    nullable: true,
    description: 'The municipality the category belongs to; omit both this and networkId for a global one.',
  })
  municipalityId?: string | null;

  @IdField({ nullable: true, description: 'A network’s category (administrators only for now).' })
  networkId?: string | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt(invalid)
  @Min(CATEGORY_POSITION_LIMITS.min, invalid)
  @Max(CATEGORY_POSITION_LIMITS.max, invalid)
  position!: number;
}
