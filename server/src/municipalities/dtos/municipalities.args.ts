import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, MaxLength } from 'class-validator';
import { FieldErrorCode, MunicipalityKind } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';

@ArgsType()
export class MunicipalitiesArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only units with no parent (counties, cities, independent gminas).' })
  @IsOptional()
  @IsBoolean()
  topLevel?: boolean;

  @Field(() => MunicipalityKind, { nullable: true })
  @IsOptional()
  @IsEnum(MunicipalityKind)
  kind?: MunicipalityKind;

  @Field({ nullable: true, description: 'Case- and diacritic-insensitive part of the name.' })
  @IsOptional()
  @MaxLength(100, { context: { code: FieldErrorCode.TOO_LONG, params: { max: 100 } } })
  search?: string;
}
