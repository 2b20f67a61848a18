import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';

@ArgsType()
export class IndicatorDefinitionsArgs {
  @Field({ defaultValue: false, description: 'Also the archived definitions (for their management page).' })
  @IsBoolean({ context: { code: FieldErrorCode.INVALID } })
  includeArchived!: boolean;
}
