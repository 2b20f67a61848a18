import { ArgsType, Field } from '@nestjs/graphql';
import { IsBoolean } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class ArchiveIndicatorDefinitionArgs {
  @IdField()
  id!: string;

  @Field({ description: 'false brings an archived definition back.' })
  @IsBoolean({ context: { code: FieldErrorCode.INVALID } })
  archived!: boolean;
}
