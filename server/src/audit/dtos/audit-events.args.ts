import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsDate, IsEnum, IsOptional } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { IdField } from '../../common/validation/id-field.js';
import { AuditEventKind } from '../models/audit-event-kind.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => [AuditEventKind], { nullable: true, description: 'Only these kinds; all when omitted.' })
  @IsOptional()
  @IsArray(invalid)
  @ArrayMaxSize(Object.keys(AuditEventKind).length, invalid)
  @IsEnum(AuditEventKind, { each: true, ...invalid })
  kinds?: AuditEventKind[] | null;

  @IdField({ nullable: true, description: 'Only what this account did.' })
  actorId?: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'From this instant (inclusive).' })
  @IsOptional()
  @IsDate(invalid)
  from?: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Before this instant (exclusive).' })
  @IsOptional()
  @IsDate(invalid)
  to?: Date | null;
}
