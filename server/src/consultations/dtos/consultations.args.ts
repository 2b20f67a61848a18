import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { ConsultationPhaseKind, FieldErrorCode, ServiceAreaCode } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@ArgsType()
export class ConsultationsArgs extends PageArgs {
  @IdField({ nullable: true, description: 'Only this municipality’s consultations (all municipalities when omitted).' })
  municipalityId?: string | null;

  @Field({
    defaultValue: true,
    description: 'With municipalityId: also those of its gminas (a powiat) or districts (a city).',
  })
  @IsBoolean(invalid)
  includeChildren!: boolean;

  @Field(() => ServiceAreaCode, { nullable: true })
  @IsOptional()
  @IsEnum(ServiceAreaCode, invalid)
  serviceArea?: ServiceAreaCode | null;

  @Field(() => ConsultationPhaseKind, { nullable: true, description: 'Only those in this stage today.' })
  @IsOptional()
  @IsEnum(ConsultationPhaseKind, invalid)
  phase?: ConsultationPhaseKind | null;
}
