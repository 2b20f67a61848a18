import { ArgsType, Field } from '@nestjs/graphql';
import { SlugField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

/** A category by its address within a scope (both ids omitted: a global one). */
@ArgsType()
export class CategorySlugArgs {
  @Field()
  @SlugField()
  slug!: string;

  @IdField({ nullable: true })
  municipalityId?: string | null;

  @IdField({ nullable: true })
  networkId?: string | null;
}
