import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional } from 'class-validator';
import { EmailField, OptionalTextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

/** Removing a coordinator: the network and the account. */
@ArgsType()
export class NetworkCoordinatorArgs {
  @IdField()
  networkId!: string;

  @IdField()
  userId!: string;
}

/** Naming a coordinator: exactly one of the account's id, handle or e-mail. */
@ArgsType()
export class AddNetworkCoordinatorArgs {
  @IdField()
  networkId!: string;

  @IdField({ nullable: true })
  userId?: string | null;

  @Field(() => String, { nullable: true, description: 'The person’s handle (with or without @).' })
  @IsOptional()
  @OptionalTextField(31)
  handle?: string | null;

  @Field(() => String, { nullable: true, description: 'The e-mail of the person’s account.' })
  @IsOptional()
  @EmailField()
  email?: string | null;
}
