import { ArgsType, Field } from '@nestjs/graphql';
import { POST_BODY_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';

@ArgsType()
export class PreviewArgs {
  @Field()
  @TextField(POST_BODY_LIMITS.min, POST_BODY_LIMITS.max)
  body!: string;
}
