import { Field, InputType } from '@nestjs/graphql';
import { POST_BODY_LIMITS, THREAD_TITLE_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';

/**
 * A thread opened through the API is a general one. Threads about a consultation, proposal, draft paragraph, problem-
 * tree node or good practice are opened by that feature (NewThread in post.service.ts), which checks its own rules and
 * records the link on its side; taking a subject from the client would let anyone attach threads to things they do
 * not run.
 */
@InputType()
export class CreateThreadInput {
  @IdField()
  categoryId!: string;

  @Field()
  @TextField(THREAD_TITLE_LIMITS.min, THREAD_TITLE_LIMITS.max)
  title!: string;

  @Field({ description: 'Markdown.' })
  @TextField(POST_BODY_LIMITS.min, POST_BODY_LIMITS.max)
  body!: string;

  @IdField({ nullable: true, description: 'Written on behalf of this organisation (you must be a member).' })
  organisationId?: string | null;
}
