import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, Min } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@ArgsType()
export class MarkReadArgs {
  @IdField()
  threadId!: string;

  @Field(() => Int, { description: 'The number of the last post the reader has seen.' })
  @IsInt(invalid)
  @Min(1, invalid)
  number!: number;
}
