import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';

@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { description: 'Up to 100 of the viewer’s notifications; others’ ids are ignored.' })
  @IsArray({ context: { code: FieldErrorCode.INVALID } })
  @ArrayMaxSize(100, { context: { code: FieldErrorCode.TOO_LONG, params: { max: 100 } } })
  @IsUUID('all', { each: true, context: { code: FieldErrorCode.INVALID } })
  ids!: string[];
}
