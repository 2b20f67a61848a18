import { Field, InputType } from '@nestjs/graphql';
import { POST_BODY_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class CommentOnParagraphInput {
  @IdField()
  paragraphId!: string;

  @Field({ description: 'Markdown.' })
  @TextField(POST_BODY_LIMITS.min, POST_BODY_LIMITS.max)
  body!: string;

  @IdField({
    nullable: true,
    description: 'A comment of the same paragraph this one replies to; a new comment when omitted.',
  })
  parentPostId?: string | null;
}
