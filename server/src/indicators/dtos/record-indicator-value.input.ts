import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType({
  description: 'One value typed into the form; the unit’s rules (decimals, range) are checked by the service.',
})
export class RecordIndicatorValueInput {
  @IdField()
  indicatorId!: string;

  @IdField()
  municipalityId!: string;

  @Field(() => Int)
  @IsInt(invalid)
  @Min(1900, invalid)
  @Max(9999, invalid)
  year!: number;

  @Field(() => Int, { nullable: true, description: '1–4; none for the whole year.' })
  @IsOptional()
  @IsInt(invalid)
  quarter?: number | null;

  @Field({ description: 'A decimal as typed: "1 234,56" or "1234.56".' })
  @IsString(invalid)
  @MaxLength(40, { context: { code: FieldErrorCode.TOO_LONG, params: { max: 40 } } })
  value!: string;
}
