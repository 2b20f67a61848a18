import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A numbered paragraph of a draft; residents comment on it in its forum thread.' })
export class DraftParagraph {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  draftId!: string;

  @Field(() => Int, { description: '1, 2, … within its version.' })
  number!: number;

  @Field({ description: 'Markdown as written.' })
  source!: string;

  @Field({ description: 'Sanitised HTML rendered by the server.' })
  html!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The forum thread holding its comments (read it with threadPosts); null until the first comment.',
  })
  threadId!: string | null;

  /** Equal for paragraphs that read the same; what diffs match on. */
  contentHash!: string;
}
