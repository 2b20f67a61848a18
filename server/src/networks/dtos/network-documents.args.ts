import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class NetworkDocumentsArgs extends PageArgs {
  @IdField()
  networkId!: string;
}
