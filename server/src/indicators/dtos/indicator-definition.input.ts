import { Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum } from 'class-validator';
import {
  FieldErrorCode,
  INDICATOR_MEASUREMENT_LIMITS,
  INDICATOR_NAME_LIMITS,
  IndicatorDirection,
  IndicatorKind,
  IndicatorUnit,
  ServiceAreaCode,
} from '@ratusz/shared';
import { OptionalTextField, TextField } from '../../common/validation/field-rules.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

/** What an administrator sets of a definition; the code is given once, at creation. */
@InputType()
export class IndicatorDefinitionInput {
  @Field({ description: 'Unique within the service area (case aside).' })
  @TextField(INDICATOR_NAME_LIMITS)
  namePl!: string;

  @Field({ description: 'Unique within the service area (case aside).' })
  @TextField(INDICATOR_NAME_LIMITS)
  nameEn!: string;

  @Field(() => ServiceAreaCode)
  @IsEnum(ServiceAreaCode, invalid)
  serviceArea!: ServiceAreaCode;

  @Field(() => IndicatorKind)
  @IsEnum(IndicatorKind, invalid)
  kind!: IndicatorKind;

  @Field(() => IndicatorUnit)
  @IsEnum(IndicatorUnit, invalid)
  unit!: IndicatorUnit;

  @Field(() => IndicatorDirection)
  @IsEnum(IndicatorDirection, invalid)
  direction!: IndicatorDirection;

  @Field({ description: 'A total worth showing per 1,000 residents (not a rate already).' })
  @IsBoolean(invalid)
  perThousand!: boolean;

  @Field({ description: 'How to measure it: source, formula, date of the count.' })
  @OptionalTextField(INDICATOR_MEASUREMENT_LIMITS)
  measurementPl!: string;

  @Field()
  @OptionalTextField(INDICATOR_MEASUREMENT_LIMITS)
  measurementEn!: string;
}
