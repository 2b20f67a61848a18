import { IdField } from '../../common/validation/id-field.js';
import { Field, InputType } from '@nestjs/graphql';
import { DISPLAY_NAME_LIMITS } from '@ratusz/shared';
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

  @IdField({ nullable: true })
  homeMunicipalityId?: string | null;
}
