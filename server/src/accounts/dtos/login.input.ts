import { Field, InputType } from '@nestjs/graphql';
import { EmailField, LoginPasswordField } from '../../common/validation/field-rules.js';

@InputType()
export class LoginInput {
  @Field()
  @EmailField()
  email!: string;

  /** Only bounded here: the strength rules apply when a password is chosen, not when it is typed. */
  @Field()
  @LoginPasswordField()
  password!: string;
}
