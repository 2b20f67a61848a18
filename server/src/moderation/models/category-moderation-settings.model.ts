import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'Pre-moderation in one forum category: its own setting when it has one, replacing its municipality’s there.',
})
export class CategoryModerationSettings {
  @Field(() => ID)
  categoryId!: string;

  @Field({ description: 'True when the category has no setting of its own and follows its municipality’s.' })
  inherited!: boolean;

  @Field({ description: 'New threads and replies by new accounts wait for a moderator’s approval.' })
  premoderation!: boolean;

  @Field(() => Int, { description: 'Pre-moderation holds posts of accounts younger than this many days.' })
  premoderationAccountDays!: number;

  @Field(() => Int, { description: 'Pre-moderation holds posts of accounts with fewer visible posts than this.' })
  premoderationApprovedPosts!: number;
}
