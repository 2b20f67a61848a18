import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CATEGORY_LIMITS, FORUM_LIMITS, FieldErrorCode } from '@ratusz/shared';
import { PageArgs } from '../../common/pagination/connection.model.js';
import { OptionalTextField, SlugField, TextField } from '../../common/validation/field-rules.js';
import { PostOrder, Stance, ThreadSubjectType } from '../models/forum.model.js';

const invalid = { context: { code: FieldErrorCode.INVALID } };

@InputType()
export class CreateThreadInput {
  @Field(() => ID)
  @IsUUID('all', invalid)
  categoryId!: string;

  @Field()
  @TextField(1, FORUM_LIMITS.titleMax)
  title!: string;

  @Field({ description: 'Markdown.' })
  @TextField(1, FORUM_LIMITS.bodyMax)
  body!: string;

  @Field(() => ThreadSubjectType, { nullable: true })
  @IsOptional()
  @IsEnum(ThreadSubjectType, invalid)
  subjectType?: ThreadSubjectType | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', invalid)
  subjectId?: string | null;
}

@InputType()
export class ReplyInput {
  @Field(() => ID)
  @IsUUID('all', invalid)
  threadId!: string;

  @Field(() => ID, { nullable: true, description: 'The post replied to; the thread’s first post when omitted.' })
  @IsOptional()
  @IsUUID('all', invalid)
  parentId?: string | null;

  @Field({ description: 'Markdown.' })
  @TextField(1, FORUM_LIMITS.bodyMax)
  body!: string;

  @Field(() => Stance, { nullable: true, description: 'Only in threads about a consultation.' })
  @IsOptional()
  @IsEnum(Stance, invalid)
  stance?: Stance | null;

  @Field(() => ID, { nullable: true, description: 'A post of the same thread this reply quotes.' })
  @IsOptional()
  @IsUUID('all', invalid)
  quotedPostId?: string | null;
}

@InputType()
export class EditPostInput {
  @Field(() => ID)
  @IsUUID('all', invalid)
  postId!: string;

  @Field()
  @TextField(1, FORUM_LIMITS.bodyMax)
  body!: string;
}

@InputType()
export class ThreadFlagsInput {
  @Field(() => ID)
  @IsUUID('all', invalid)
  threadId!: string;

  @Field({ nullable: true })
  @IsOptional()
  pinned?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  locked?: boolean;
}

@InputType()
export class CreateCategoryInput {
  @Field()
  @SlugField()
  slug!: string;

  @Field()
  @TextField(CATEGORY_LIMITS.nameMin, CATEGORY_LIMITS.nameMax)
  name!: string;

  @Field({ defaultValue: '' })
  @OptionalTextField(CATEGORY_LIMITS.descriptionMax)
  description!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The municipality the category belongs to; omit both this and networkId for a global one.',
  })
  @IsOptional()
  @IsUUID('all', invalid)
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A network’s category (administrators only for now).' })
  @IsOptional()
  @IsUUID('all', invalid)
  networkId?: string | null;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt(invalid)
  @Min(0, invalid)
  @Max(CATEGORY_LIMITS.positionMax, invalid)
  position!: number;
}

@InputType({ description: 'What to change in a category; omitted fields stay as they are.' })
export class UpdateCategoryInput {
  @Field(() => ID)
  @IsUUID('all', invalid)
  id!: string;

  @Field({ nullable: true })
  @IsOptional()
  @SlugField()
  slug?: string;

  @Field({ nullable: true })
  @IsOptional()
  @TextField(CATEGORY_LIMITS.nameMin, CATEGORY_LIMITS.nameMax)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @OptionalTextField(CATEGORY_LIMITS.descriptionMax)
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt(invalid)
  @Min(0, invalid)
  @Max(CATEGORY_LIMITS.positionMax, invalid)
  position?: number;
}

@ArgsType()
export class CategoriesArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The municipality’s categories; global ones when this and networkId are omitted.',
  })
  @IsOptional()
  @IsUUID('all', invalid)
  municipalityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A network’s categories.' })
  @IsOptional()
  @IsUUID('all', invalid)
  networkId?: string | null;
}

@ArgsType()
export class ThreadsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID('all', invalid)
  categoryId!: string;
}

@ArgsType()
export class ThreadPostsArgs extends PageArgs {
  @Field(() => PostOrder, { defaultValue: PostOrder.OLDEST })
  @IsEnum(PostOrder, invalid)
  order: PostOrder = PostOrder.OLDEST;

  @Field(() => ID, { nullable: true, description: 'Only this post’s subtree (for “continue this thread”).' })
  @IsOptional()
  @IsUUID('all', invalid)
  rootPostId?: string | null;
}

@ArgsType()
export class ThreadEventsArgs {
  @Field(() => ID)
  @IsUUID('all', invalid)
  threadId!: string;

  @Field(() => Int)
  @IsInt(invalid)
  @Min(0, invalid)
  afterSeq!: number;
}

@ArgsType()
export class SearchArgs extends PageArgs {
  @Field()
  @TextField(2, 200)
  query!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', invalid)
  categoryId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', invalid)
  municipalityId?: string | null;
}
