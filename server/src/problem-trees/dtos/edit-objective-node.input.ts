import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, Min } from 'class-validator';
import { FieldErrorCode, OBJECTIVE_TEXT_LIMITS, ServiceAreaCode } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType()
export class EditObjectiveNodeInput {
  @IdField()
  id!: string;

  @Field(() => Int, { description: 'The version the change was made on; another → STALE_VERSION.' })
  @IsInt(invalid)
  @Min(1, invalid)
  version!: number;

  @Field()
  @TextField(OBJECTIVE_TEXT_LIMITS)
  text!: string;

  @Field({ description: '"To do first"; means only.' })
  @IsBoolean(invalid)
  priority!: boolean;

  @Field(() => ServiceAreaCode, { nullable: true, description: 'The public service the means concerns.' })
  @IsOptional()
  @IsEnum(ServiceAreaCode, invalid)
  serviceArea?: ServiceAreaCode | null;
}
