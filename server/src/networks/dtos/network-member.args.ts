import { ArgsType } from '@nestjs/graphql';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class NetworkMemberArgs {
  @IdField()
  networkId!: string;

  @IdField()
  municipalityId!: string;
}
