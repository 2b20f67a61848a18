import { Field, InputType } from '@nestjs/graphql';
import { POST_BODY_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class AnswerParagraphCommentInput {
  @IdField({ description: 'The comment answered.' })
  postId!: string;

  @Field({ description: 'Markdown.' })
  @TextField(POST_BODY_LIMITS.min, POST_BODY_LIMITS.max)
  body!: string;
}
