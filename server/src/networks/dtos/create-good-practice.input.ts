import { Field, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  FieldErrorCode,
  PRACTICE_CONTACT_LIMITS,
  PRACTICE_MAX_COST_GROSZE,
  PRACTICE_TEXT_LIMITS,
  PRACTICE_TITLE_LIMITS,
  ServiceAreaCode,
} from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class CreateGoodPracticeInput {
  @Field()
  @TextField(PRACTICE_TITLE_LIMITS)
  title!: string;

  @Field({ description: 'Markdown.' })
  @TextField(PRACTICE_TEXT_LIMITS)
  problem!: string;

  @Field({ description: 'Markdown.' })
  @TextField(PRACTICE_TEXT_LIMITS)
  solution!: string;

  @Field({ description: 'Markdown.' })
  @TextField(PRACTICE_TEXT_LIMITS)
  results!: string;

  @Field(() => Int, { nullable: true, description: 'What it cost, in grosze.' })
  @IsOptional()
  @IsInt({ context: { code: FieldErrorCode.INVALID } })
  @Min(0, { context: { code: FieldErrorCode.INVALID, params: { min: 0 } } })
  @Max(PRACTICE_MAX_COST_GROSZE, {
    context: { code: FieldErrorCode.INVALID, params: { max: PRACTICE_MAX_COST_GROSZE } },
  })
  costGrosze?: number | null;

  @Field()
  @TextField(PRACTICE_CONTACT_LIMITS)
  contact!: string;

  @Field(() => ServiceAreaCode)
  @IsEnum(ServiceAreaCode, { context: { code: FieldErrorCode.INVALID } })
  serviceAreaCode!: ServiceAreaCode;

  @IdField()
  municipalityId!: string;

  @IdField({ nullable: true, description: 'The network it was shared in; the municipality must be a member.' })
  networkId?: string | null;
}
