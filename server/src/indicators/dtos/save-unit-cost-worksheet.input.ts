import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { FieldErrorCode, WORKSHEET_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType()
export class WorksheetPostInput {
  @Field()
  @TextField(1, 120)
  post!: string;

  @Field(() => Int, { description: 'Whole minutes of this post’s work per case.' })
  @IsInt(invalid)
  @Min(0, invalid)
  @Max(WORKSHEET_LIMITS.maxMinutesPerCase, invalid)
  minutesPerCase!: number;

  @Field(() => Int, { description: 'An hour of this post, salary with on-costs, in grosze.' })
  @IsInt(invalid)
  @Min(0, invalid)
  @Max(WORKSHEET_LIMITS.maxHourlyCostGrosze, invalid)
  hourlyCostGrosze!: number;
}

@InputType({ description: 'Staff minutes per case × hourly cost + a share of overheads, ÷ cases → a unit cost.' })
export class SaveUnitCostWorksheetInput {
  @IdField({ description: 'A UNIT_COST indicator in PLN.' })
  indicatorId!: string;

  @IdField()
  municipalityId!: string;

  @Field(() => Int)
  @IsInt(invalid)
  @Min(1900, invalid)
  @Max(9999, invalid)
  year!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(invalid)
  quarter?: number | null;

  @Field()
  @TextField(1, 200)
  activity!: string;

  @Field(() => [WorksheetPostInput])
  @ValidateNested({ each: true })
  @Type(() => WorksheetPostInput)
  @ArrayMinSize(1, { context: { code: FieldErrorCode.REQUIRED } })
  @ArrayMaxSize(WORKSHEET_LIMITS.maxPosts, { context: { code: FieldErrorCode.TOO_LONG } })
  posts!: WorksheetPostInput[];

  @Field({
    description: 'The office’s overheads for the period, in grosze, as a whole number (text: may exceed 2^31).',
  })
  @TextField(1, 15)
  overheadsGrosze!: string;

  @Field(() => Int, { description: 'The share allocated to this activity, in basis points (12.5 % = 1250).' })
  @IsInt(invalid)
  @Min(0, invalid)
  @Max(10_000, invalid)
  overheadShareBasisPoints!: number;

  @Field(() => Int)
  @IsInt(invalid)
  @Min(1, invalid)
  @Max(WORKSHEET_LIMITS.maxCases, invalid)
  cases!: number;
}
