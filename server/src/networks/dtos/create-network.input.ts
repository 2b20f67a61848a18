import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import {
  FieldErrorCode,
  MunicipalityKind,
  NETWORK_NAME_LIMITS,
  NETWORK_NOTE_LIMITS,
  NetworkKind,
  ServiceAreaCode,
} from '@ratusz/shared';
import { OptionalTextField, TextField } from '../../common/validation/field-rules.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType()
export class CreateNetworkInput {
  @Field()
  @TextField(NETWORK_NAME_LIMITS)
  name!: string;

  @Field(() => NetworkKind)
  @IsEnum(NetworkKind, invalid)
  kind!: NetworkKind;

  @Field(() => ServiceAreaCode, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceAreaCode, invalid)
  serviceAreaCode?: ServiceAreaCode | null;

  @Field(() => MunicipalityKind, { nullable: true, description: 'Urban gminas, rural gminas, powiats…' })
  @IsOptional()
  @IsEnum(MunicipalityKind, invalid)
  municipalityKind?: MunicipalityKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalTextField(NETWORK_NOTE_LIMITS)
  note?: string | null;
}
