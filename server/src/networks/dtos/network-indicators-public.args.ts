import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class NetworkIndicatorsPublicArgs {
  @IdField()
  networkId!: string;

  @Field({ description: 'true publishes the comparison; false keeps it internal to the network.' })
  @IsBoolean({ context: { code: FieldErrorCode.INVALID } })
  indicatorsPublic!: boolean;
}
