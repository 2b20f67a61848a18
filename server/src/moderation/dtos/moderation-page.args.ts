import { ArgsType } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class ModerationPageArgs extends PageArgs {
  @IdField({ nullable: true, description: 'Only this municipality.' })
  municipalityId?: string | null;
}
