import { Field, Int, ObjectType } from '@nestjs/graphql';
import { ConsultationPhaseKind } from '../../consultations/models/consultation-enums.js';

@ObjectType({
  description:
    'Participation in one phase of the timeline: what happened between its first and last day (Europe/Warsaw).',
})
export class ReportPhaseFigures {
  @Field(() => ConsultationPhaseKind)
  kind!: ConsultationPhaseKind;

  @Field({ description: 'First day, YYYY-MM-DD.' })
  startsOn!: string;

  @Field({ description: 'Last day, YYYY-MM-DD.' })
  endsOn!: string;

  @Field(() => Int, {
    description:
      'Distinct people who posted in the discussion, commented on the draft, registered for a meeting, submitted a proposal or voted online.',
  })
  people!: number;

  @Field(() => Int, {
    description: 'Replies in the consultation’s discussion (its opening post restates the summary).',
  })
  discussionPosts!: number;

  @Field(() => Int, { description: 'Comments on draft paragraphs, officials’ answers excluded.' })
  paragraphComments!: number;

  @Field(() => Int)
  officialAnswers!: number;

  @Field(() => Int, { description: 'Meetings (not cancelled) starting in the phase.' })
  meetings!: number;

  @Field(() => Int, { description: 'Meeting registrations (seats and waiting list) made in the phase.' })
  registrations!: number;

  @Field(() => Int, { description: 'Proposals submitted.' })
  proposals!: number;

  @Field(() => Int, { description: 'Ballots cast: online ones on the day first cast, paper ones on the day entered.' })
  votes!: number;
}

@ObjectType({ description: 'The whole consultation; people are counted once however many phases they took part in.' })
export class ReportTotals {
  @Field(() => Int)
  people!: number;

  @Field(() => Int)
  discussionPosts!: number;

  @Field(() => Int)
  paragraphComments!: number;

  @Field(() => Int, { description: 'Comments with at least one official answer.' })
  answeredComments!: number;

  @Field(() => Int)
  unansweredComments!: number;

  @Field(() => Int)
  officialAnswers!: number;

  @Field(() => Int, { description: 'Meetings not cancelled.' })
  meetings!: number;

  @Field(() => Int)
  meetingsWithMinutes!: number;

  @Field(() => Int, { description: 'Seats taken at the consultation’s meetings.' })
  registrations!: number;

  @Field(() => Int, { description: 'People still on a waiting list.' })
  waitingList!: number;

  @Field(() => Int)
  documents!: number;

  @Field(() => Int)
  draftVersions!: number;

  @Field(() => Int)
  proposals!: number;

  @Field(() => Int)
  votes!: number;
}
