import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Max, Min } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@ArgsType()
export class ComparisonArgs {
  @IdField()
  networkId!: string;

  @IdField()
  indicatorId!: string;

  @Field(() => Int)
  @IsInt(invalid)
  @Min(2000, invalid)
  @Max(2200, invalid)
  year!: number;

  @IdField({ nullable: true, description: 'The member shown highlighted (e.g. the viewer’s own municipality).' })
  highlightMunicipalityId?: string | null;
}

@ArgsType()
export class TrendArgs {
  @IdField()
  networkId!: string;

  @IdField()
  indicatorId!: string;

  @Field(() => Int)
  @IsInt(invalid)
  @Min(2000, invalid)
  @Max(2200, invalid)
  fromYear!: number;

  @Field(() => Int, { description: 'At most 20 years after fromYear.' })
  @IsInt(invalid)
  @Min(2000, invalid)
  @Max(2200, invalid)
  toYear!: number;

  @IdField({ nullable: true })
  highlightMunicipalityId?: string | null;
}
