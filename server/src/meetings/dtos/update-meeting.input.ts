import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional } from 'class-validator';
import {
  FieldErrorCode,
  MEETING_ADDRESS_LIMITS,
  MEETING_DESCRIPTION_LIMITS,
  MEETING_TITLE_LIMITS,
  MEETING_URL_LIMITS,
} from '@ratusz/shared';
import { OptionalTextField, TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { MeetingKind } from '../models/meeting-enums.js';
import { MeetingCapacityField } from './meeting-capacity-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

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

  @MeetingCapacityField('New number of seats; raising it promotes people waiting')
  capacity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True removes the seat limit (promoting everyone waiting).' })
  @IsOptional()
  @IsBoolean(invalid)
  unlimitedCapacity?: boolean | null;
}
