import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ defaultValue: false, description: 'Only the unread ones.' })
  @IsBoolean({ context: { code: FieldErrorCode.INVALID } })
  unreadOnly: boolean = false;
}
