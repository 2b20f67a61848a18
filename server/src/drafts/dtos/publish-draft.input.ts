import { Field, InputType } from '@nestjs/graphql';
import { DRAFT_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

@InputType()
export class PublishDraftInput {
  @IdField()
  consultationId!: string;

  @Field()
  @TextField(1, DRAFT_LIMITS.titleMax)
  title!: string;

  @Field({
    description: 'Markdown; its top-level blocks (paragraphs, lists, quotes, code blocks) become numbered paragraphs.',
  })
  @TextField(1, DRAFT_LIMITS.sourceMax)
  source!: string;
}
