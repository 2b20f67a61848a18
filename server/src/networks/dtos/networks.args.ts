import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { FieldErrorCode, NetworkKind, ServiceAreaCode } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@ArgsType()
export class NetworksArgs extends PageArgs {
  @Field(() => NetworkKind, { nullable: true })
  @IsOptional()
  @IsEnum(NetworkKind, invalid)
  kind?: NetworkKind | null;

  @Field(() => ServiceAreaCode, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceAreaCode, invalid)
  serviceAreaCode?: ServiceAreaCode | null;

  @IdField({ nullable: true, description: 'Only networks this municipality is a member of.' })
  municipalityId?: string | null;
}
