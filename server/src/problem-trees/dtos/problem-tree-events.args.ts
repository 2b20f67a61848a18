import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@ArgsType()
export class ProblemTreeEventsArgs {
  @IdField()
  treeId!: string;

  @Field(() => Int, { description: 'The last seq the client applied; 0 for everything kept.' })
  @IsInt(invalid)
  @Min(0, invalid)
  afterSeq!: number;
}
