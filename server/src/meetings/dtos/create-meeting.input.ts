import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsOptional } from 'class-validator';
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

@InputType()
export class CreateMeetingInput {
  @IdField({ nullable: true, description: 'The municipality; taken from the consultation when one is given.' })
  municipalityId?: string | null;

  @IdField({ nullable: true, description: 'The consultation the meeting is part of, if any.' })
  consultationId?: string | null;

  @IdField({ nullable: true, description: 'The network (exchange group) meeting, if any.' })
  networkId?: string | null;

  @Field(() => MeetingKind)
  @IsEnum(MeetingKind, invalid)
  kind!: MeetingKind;

  @Field()
  @TextField(MEETING_TITLE_LIMITS)
  title!: string;

  @Field({ defaultValue: '', description: 'Markdown.' })
  @OptionalTextField(MEETING_DESCRIPTION_LIMITS)
  description: string = '';

  @Field(() => GraphQLISODateTime)
  @Type(() => Date)
  @IsDate(invalid)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'After startsAt.' })
  @Type(() => Date)
  @IsDate(invalid)
  endsAt!: Date;

  @Field(() => String, { nullable: true, description: 'Where it takes place; this or onlineUrl is required.' })
  @IsOptional()
  @OptionalTextField(MEETING_ADDRESS_LIMITS)
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'An http(s) link to join online.' })
  @IsOptional()
  @OptionalTextField(MEETING_URL_LIMITS)
  onlineUrl?: string | null;

  @MeetingCapacityField('Seats; null for no limit')
  capacity?: number | null;
}
