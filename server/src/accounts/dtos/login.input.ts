import { Field, InputType } from '@nestjs/graphql';
import { EmailField, TextField } from '../../common/validation/field-rules.js';

@InputType()
export class LoginInput {
  @Field()
  @EmailField()
  email!: string;

  /** Only bounded here: the strength rules apply when a password is chosen, not when it is typed. */
  @Field()
  @TextField(1, 200)
  password!: string;
}
