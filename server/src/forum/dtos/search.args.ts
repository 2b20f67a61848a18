import { ArgsType, Field } from '@nestjs/graphql';
import { FORUM_SEARCH_LIMITS } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field()
  @TextField(FORUM_SEARCH_LIMITS.min, FORUM_SEARCH_LIMITS.max)
  query!: string;

  @IdField({ nullable: true })
  categoryId?: string | null;

  @IdField({ nullable: true })
  municipalityId?: string | null;
}
