import { Args, ArgsType, Field, Query, Resolver } from '@nestjs/graphql';
import { IsEmail, IsOptional } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { AdminOnly } from '../common/auth/access.decorators.js';
import { PageArgs, type ConnectionShape } from '../common/pagination/connection.model.js';
import { OutboxMail, OutboxMailConnection } from './models/outbox-mail.model.js';
import { MailService } from './mail.service.js';

@ArgsType()
export class MailOutboxArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Only mail to this address.' })
  @IsOptional()
  @IsEmail({}, { context: { code: FieldErrorCode.INVALID } })
  to?: string | null;
}

@Resolver(() => OutboxMail)
export class MailResolver {
  constructor(private readonly mail: MailService) {}

  @AdminOnly()
  @Query(() => OutboxMailConnection, { description: 'Every e-mail the server wrote, newest first (administrators).' })
  mailOutbox(@Args() { first, after, to }: MailOutboxArgs): Promise<ConnectionShape<OutboxMail>> {
    return this.mail.page(first, after, to ?? null);
  }
}
