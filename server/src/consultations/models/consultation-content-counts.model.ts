import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How much a consultation holds, so pages show only the tabs with something in them.' })
export class ConsultationContentCounts {
  consultationId!: string;

  @Field(() => Int, { description: 'Documents attached.' })
  documents!: number;

  @Field(() => Int, { description: 'Published versions of the draft.' })
  drafts!: number;

  @Field(() => Int, { description: 'Meetings, cancelled ones included (they stay in the calendar).' })
  meetings!: number;
}
