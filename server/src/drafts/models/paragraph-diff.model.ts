import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ParagraphChange } from '@ratusz/shared';
import { DraftParagraph } from './draft-paragraph.model.js';

registerEnumType(ParagraphChange, {
  name: 'ParagraphChange',
  description: 'How a paragraph changed between two versions of a draft.',
});

@ObjectType({ description: 'One line of a paragraph-level diff between two versions of a draft.' })
export class ParagraphDiff {
  @Field(() => ParagraphChange)
  change!: ParagraphChange;

  @Field(() => DraftParagraph, { nullable: true, description: 'The paragraph in the older version (null when ADDED).' })
  from!: DraftParagraph | null;

  @Field(() => DraftParagraph, {
    nullable: true,
    description: 'The paragraph in the newer version (null when REMOVED).',
  })
  to!: DraftParagraph | null;
}
