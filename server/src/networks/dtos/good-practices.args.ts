import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, MaxLength } from 'class-validator';
import { FieldErrorCode, ServiceAreaCode } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class GoodPracticesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words to find (diacritics optional, each a prefix); best matches first. Without it, newest first.',
  })
  @IsOptional()
  @MaxLength(200, { context: { code: FieldErrorCode.TOO_LONG, params: { max: 200 } } })
  query?: string | null;

  @Field(() => ServiceAreaCode, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceAreaCode, { context: { code: FieldErrorCode.INVALID } })
  serviceAreaCode?: ServiceAreaCode | null;

  @IdField({ nullable: true })
  networkId?: string | null;

  @IdField({ nullable: true })
  municipalityId?: string | null;
}
