import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { CONSULTATION_LIMITS, FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';
import { ConsultationPhaseInput } from './consultation-phase.input.js';

@InputType()
export class SetConsultationPhasesInput {
  @IdField()
  id!: string;

  @Field(() => [ConsultationPhaseInput], { description: 'The whole timeline, in order.' })
  @IsArray({ context: { code: FieldErrorCode.INVALID } })
  @ArrayMaxSize(CONSULTATION_LIMITS.phasesMax, {
    context: { code: FieldErrorCode.TOO_LONG, params: { max: CONSULTATION_LIMITS.phasesMax } },
  })
  @ValidateNested({ each: true })
  @Type(() => ConsultationPhaseInput)
  phases!: ConsultationPhaseInput[];
}
