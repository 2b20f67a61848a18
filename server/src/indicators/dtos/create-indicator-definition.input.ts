import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { FieldErrorCode, INDICATOR_CODE_PATTERN } from '@ratusz/shared';
import { IndicatorDefinitionInput } from './indicator-definition.input.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType()
export class CreateIndicatorDefinitionInput extends IndicatorDefinitionInput {
  @Field({ description: 'Stable code import files use, e.g. EDU_MEALS_COST: capitals, digits, underscores.' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString(invalid)
  @Matches(INDICATOR_CODE_PATTERN, invalid)
  code!: string;
}
