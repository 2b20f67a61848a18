import { Field, InputType } from '@nestjs/graphql';
import { POST_BODY_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class EditPostInput {
  @IdField()
  postId!: string;

  @Field()
  @TextField(POST_BODY_LIMITS.min, POST_BODY_LIMITS.max)
  body!: string;
}
