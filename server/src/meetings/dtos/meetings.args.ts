import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsOptional } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

/** A calendar month or an agenda: meetings by start, narrowed by place and time. */
@ArgsType()
export class MeetingsArgs extends PageArgs {
  @IdField({ nullable: true })
  municipalityId?: string | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "With municipalityId: also its gminas' (a powiat) or districts' (a city) meetings.",
  })
  @IsBoolean(invalid)
  includeChildren: boolean = false;

  @IdField({ nullable: true })
  consultationId?: string | null;

  @IdField({ nullable: true })
  networkId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Meetings not yet over at this instant.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate(invalid)
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Meetings starting before this instant.' })
  @IsOptional()
  @Type(() => Date)
  @IsDate(invalid)
  to?: Date | null;
}
