import { Field, InputType } from '@nestjs/graphql';
import { ArrayMinSize, IsArray, IsEnum, IsOptional } from 'class-validator';
import { CONSULTATION_LIMITS, FieldErrorCode, ServiceAreaCode } from '@ratusz/shared';
import { SlugField, TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

/** Only the fields given change; the timeline has its own mutation (setConsultationPhases). */
@InputType()
export class UpdateConsultationInput {
  @IdField()
  id!: string;

  @Field(() => [ServiceAreaCode], { nullable: true })
  @IsOptional()
  @IsArray({ context: { code: FieldErrorCode.INVALID } })
  @ArrayMinSize(CONSULTATION_LIMITS.serviceAreasMin, { context: { code: FieldErrorCode.REQUIRED } })
  @IsEnum(ServiceAreaCode, { each: true, context: { code: FieldErrorCode.INVALID } })
  serviceAreas?: ServiceAreaCode[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextField(1, CONSULTATION_LIMITS.titleMax)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @SlugField()
  slug?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @TextField(1, CONSULTATION_LIMITS.summaryMax)
  summary?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @TextField(1, CONSULTATION_LIMITS.goalMax)
  goal?: string | null;
}
