import { ArgsType, Field } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';

@ArgsType()
export class ProblemTreeByJoinCodeArgs {
  @Field({ description: 'As typed: case, spaces and dashes do not matter.' })
  @MaxLength(20, { context: { code: FieldErrorCode.TOO_LONG, params: { max: 20 } } })
  code!: string;
}
