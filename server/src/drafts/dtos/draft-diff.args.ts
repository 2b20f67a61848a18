import { ArgsType } from '@nestjs/graphql';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class DraftDiffArgs {
  @IdField({ description: 'The older version.' })
  fromDraftId!: string;

  @IdField({ description: 'The newer version, of the same consultation.' })
  toDraftId!: string;
}
