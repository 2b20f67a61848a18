import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { DISPLAY_NAME_LIMITS, FieldErrorCode } from '@ratusz/shared';
import { EmailField, StrongPasswordField, TextField } from '../../common/validation/field-rules.js';

@InputType()
export class RegisterInput {
  @Field()
  @EmailField()
  email!: string;

  @Field()
  @StrongPasswordField()
  password!: string;

  @Field()
  @TextField(DISPLAY_NAME_LIMITS.min, DISPLAY_NAME_LIMITS.max)
  displayName!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { context: { code: FieldErrorCode.INVALID } })
  homeMunicipalityId?: string | null;
}
