import { Field, InputType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { FieldErrorCode, POST_BODY_LIMITS } from '@ratusz/shared';
import { TextField } from '../../common/validation/field-rules.js';
import { IdField } from '../../common/validation/id-field.js';
import { Stance } from '../models/forum.model.js';

@InputType()
export class ReplyInput {
  @IdField()
  threadId!: string;

  @IdField({ nullable: true, description: 'The post replied to; the thread’s first post when omitted.' })
  parentId?: string | null;

  @Field({ description: 'Markdown.' })
  @TextField(POST_BODY_LIMITS.min, POST_BODY_LIMITS.max)
  body!: string;

  @Field(() => Stance, { nullable: true, description: 'Only in threads about a consultation.' })
  @IsOptional()
  @IsEnum(Stance, { context: { code: FieldErrorCode.INVALID } })
  stance?: Stance | null;

  @IdField({ nullable: true, description: 'A post of the same thread this reply quotes.' })
  quotedPostId?: string | null;

  @IdField({ nullable: true, description: 'Written on behalf of this organisation (you must be a member).' })
  organisationId?: string | null;
}
