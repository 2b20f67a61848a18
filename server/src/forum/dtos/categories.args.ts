import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class CategoriesArgs extends PageArgs {
  @IdField({
    nullable: true,
    description: 'The municipality’s categories; global ones when this and networkId are omitted.',
  })
  municipalityId?: string | null;

  @IdField({ nullable: true, description: 'A network’s categories.' })
  networkId?: string | null;
}
