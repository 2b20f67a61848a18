import { Field, InputType } from '@nestjs/graphql';
import { IsIn } from 'class-validator';
import { FieldErrorCode, NotificationDelivery, NotificationType } from '@ratusz/shared';

@InputType()
export class SetNotificationSettingInput {
  @Field(() => NotificationType)
  @IsIn(Object.values(NotificationType), { context: { code: FieldErrorCode.INVALID } })
  type!: NotificationType;

  @Field(() => NotificationDelivery)
  @IsIn(Object.values(NotificationDelivery), { context: { code: FieldErrorCode.INVALID } })
  delivery!: NotificationDelivery;
}
