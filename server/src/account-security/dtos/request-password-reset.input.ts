import { Field, InputType } from '@nestjs/graphql';
import { EmailField } from '../../common/validation/field-rules.js';

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @EmailField()
  email!: string;
}
