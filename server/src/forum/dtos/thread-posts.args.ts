import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { IdField } from '../../common/validation/id-field.js';
import { PostOrder } from '../models/forum.model.js';

@ArgsType()
export class ThreadPostsArgs extends PageArgs {
  @IdField()
  threadId!: string;

  @Field(() => PostOrder, { defaultValue: PostOrder.OLDEST })
  @IsEnum(PostOrder, { context: { code: FieldErrorCode.INVALID } })
  order: PostOrder = PostOrder.OLDEST;

  @IdField({ nullable: true, description: 'Only this post’s subtree (for “continue this thread”).' })
  rootPostId?: string | null;
}
