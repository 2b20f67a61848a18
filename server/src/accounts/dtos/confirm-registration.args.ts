import { ArgsType, Field } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';

@ArgsType()
export class ConfirmRegistrationArgs {
  @Field({ description: 'The token from the e-mailed confirmation link.' })
  @IsNotEmpty({ context: { code: FieldErrorCode.REQUIRED } })
  @MaxLength(200, { context: { code: FieldErrorCode.TOO_LONG, params: { max: 200 } } })
  token!: string;
}
