import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field({ nullable: true, description: 'Part of the e-mail or display name.' })
  @IsOptional()
  @MaxLength(100, { context: { code: FieldErrorCode.TOO_LONG, params: { max: 100 } } })
  search?: string;
}
