import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, ValidateNested } from 'class-validator';
import { CONSULTATION_LIMITS, FieldErrorCode, ServiceAreaCode } from '@ratusz/shared';
import { SlugField, TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { ConsultationPhaseInput } from './consultation-phase.input.js';

@InputType()
export class CreateConsultationInput {
  @IdField({ description: 'The gmina, powiat or district running the consultation.' })
  municipalityId!: string;

  @Field(() => [ServiceAreaCode], { description: 'At least one.' })
  @IsArray({ context: { code: FieldErrorCode.INVALID } })
  @ArrayMinSize(CONSULTATION_LIMITS.serviceAreasMin, { context: { code: FieldErrorCode.REQUIRED } })
  @IsEnum(ServiceAreaCode, { each: true, context: { code: FieldErrorCode.INVALID } })
  serviceAreas!: ServiceAreaCode[];

  @Field()
  @TextField(1, CONSULTATION_LIMITS.titleMax)
  title!: string;

  @Field({ description: 'The address within the municipality.' })
  @SlugField()
  slug!: string;

  @Field({ description: 'Markdown.' })
  @TextField(1, CONSULTATION_LIMITS.summaryMax)
  summary!: string;

  @Field({ description: 'Markdown.' })
  @TextField(1, CONSULTATION_LIMITS.goalMax)
  goal!: string;

  @Field(() => [ConsultationPhaseInput], { defaultValue: [], description: 'The timeline, in order.' })
  @IsArray({ context: { code: FieldErrorCode.INVALID } })
  @ArrayMaxSize(CONSULTATION_LIMITS.phasesMax, {
    context: { code: FieldErrorCode.TOO_LONG, params: { max: CONSULTATION_LIMITS.phasesMax } },
  })
  @ValidateNested({ each: true })
  @Type(() => ConsultationPhaseInput)
  phases!: ConsultationPhaseInput[];
}
