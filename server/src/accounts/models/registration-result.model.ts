import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'The answer to a sign-up: the same whether or not the address has an account (the e-mail says which), so it tells nobody who is registered.',
})
export class RegistrationResult {
  @Field({ description: 'The address, normalised, that the e-mail went to.' })
  email!: string;

  @Field({ description: 'Always true: an e-mail was sent (a confirmation link, or a note to the existing account).' })
  confirmationSent!: boolean;
}
