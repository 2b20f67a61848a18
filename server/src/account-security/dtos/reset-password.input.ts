import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, MaxLength } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { StrongPasswordField } from '../../common/validation/field-rules.js';

@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token from the e-mailed link.' })
  @IsNotEmpty({ context: { code: FieldErrorCode.REQUIRED } })
  @MaxLength(200, { context: { code: FieldErrorCode.TOO_LONG, params: { max: 200 } } })
  token!: string;

  @Field()
  @StrongPasswordField()
  password!: string;
}
