import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  FieldErrorCode,
  MEETING_ADDRESS_LIMITS,
  MEETING_CAPACITY_LIMITS,
  MEETING_DESCRIPTION_LIMITS,
  MEETING_TITLE_LIMITS,
  MEETING_URL_LIMITS,
} from '@ratusz/shared';
import { OptionalTextField, TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { MeetingKind } from '../models/meeting-enums.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };
const { min: capacityMin, max: capacityMax } = MEETING_CAPACITY_LIMITS;

/** Omitted fields keep their value; an empty address or link removes it. */
@InputType()
export class UpdateMeetingInput {
  @IdField()
  id!: string;

  @Field(() => MeetingKind, { nullable: true })
  @IsOptional()
  @IsEnum(MeetingKind, invalid)
  kind?: MeetingKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @TextField(MEETING_TITLE_LIMITS)
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown.' })
  @IsOptional()
  @OptionalTextField(MEETING_DESCRIPTION_LIMITS)
  description?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate(invalid)
  startsAt?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @Type(() => Date)
  @IsDate(invalid)
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalTextField(MEETING_ADDRESS_LIMITS)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @OptionalTextField(MEETING_URL_LIMITS)
  onlineUrl?: string | null;

  @Field(() => Int, { nullable: true, description: 'New number of seats; raising it promotes people waiting.' })
  @IsOptional()
  @IsInt(invalid)
  @Min(capacityMin, { context: { code: FieldErrorCode.INVALID, params: { min: capacityMin } } })
  @Max(capacityMax, { context: { code: FieldErrorCode.INVALID, params: { max: capacityMax } } })
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True removes the seat limit (promoting everyone waiting).' })
  @IsOptional()
  @IsBoolean(invalid)
  unlimitedCapacity?: boolean | null;
}
