import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class IndicatorValuesArgs extends PageArgs {
  @IdField()
  municipalityId!: string;

  @IdField({ nullable: true, description: 'Only this indicator’s values.' })
  indicatorId?: string | null;
}
