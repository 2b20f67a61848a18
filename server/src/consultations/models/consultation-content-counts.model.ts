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

  @Field(() => Int, { description: 'Proposals, withdrawn ones aside (lists leave them out too).' })
  proposals!: number;

  @Field(() => Int, { description: 'Ballots: 1 once the ballot is configured (one per consultation).' })
  ballots!: number;

  @Field(() => Int, { description: 'Nodes of the consultation’s problem tree (the core and suggestions included).' })
  problemTreeNodes!: number;
}
