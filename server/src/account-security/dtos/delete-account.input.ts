import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { LoginPasswordField } from '../../common/validation/field-rules.js';

@InputType()
export class DeleteAccountInput {
  @Field({ description: 'The current password, to confirm.' })
  @LoginPasswordField()
  password!: string;

  @Field({ defaultValue: false, description: 'Also empty every post (else they stay, by "deleted user").' })
  @IsBoolean({ context: { code: FieldErrorCode.INVALID } })
  removeContent: boolean = false;
}
