import { InputType } from '@nestjs/graphql';
import { IdField } from '../../common/validation/id-field.js';
import { IndicatorDefinitionInput } from './indicator-definition.input.js';

/** Everything but the code, which import files rely on. */
@InputType()
export class UpdateIndicatorDefinitionInput extends IndicatorDefinitionInput {
  @IdField()
  id!: string;
}
