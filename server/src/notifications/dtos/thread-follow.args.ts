import { ArgsType } from '@nestjs/graphql';
import { IdField } from '../../common/validation/id-field.js';

@ArgsType()
export class ThreadFollowArgs {
  @IdField()
  threadId!: string;
}
