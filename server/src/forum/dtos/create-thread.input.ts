import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { FieldErrorCode, POST_BODY_LIMITS, THREAD_TITLE_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { ThreadSubjectType } from '../models/forum.model.js';

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

  @Field(() => ThreadSubjectType, { nullable: true })
  @IsOptional()
  @IsEnum(ThreadSubjectType, { context: { code: FieldErrorCode.INVALID } })
  subjectType?: ThreadSubjectType | null;

  @IdField({ nullable: true })
  subjectId?: string | null;

  @IdField({ nullable: true, description: 'Written on behalf of this organisation (you must be a member).' })
  organisationId?: string | null;
}
