import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReportPhaseFigures, ReportTotals } from './report-figures.model.js';
import { ReportComment, ReportDocument, ReportDraft, ReportMeeting } from './report-sections.model.js';
import { ReportBallot, ReportProblemTree, ReportProposals } from './report-slots.model.js';

/**
 * What a report freezes: everything but its identity. Stored as JSON in
 * `consultation_reports.data` (dates as ISO strings, revived on reading), so
 * the report does not move when people post after it was generated.
 */
export interface ReportData {
  /** The shape of `data`; raise it when a stored report needs reading differently. */
  format: 1;
  consultation: { id: string; title: string; municipalityName: string; organiserName: string | null };
  phases: ReportPhaseFigures[];
  totals: ReportTotals;
  drafts: ReportDraft[];
  comments: ReportComment[];
  meetings: ReportMeeting[];
  documents: ReportDocument[];
  proposals: ReportProposals | null;
  ballot: ReportBallot | null;
  problemTree: ReportProblemTree | null;
}

@ObjectType({ description: 'The consultation’s title and place as the report names them.' })
export class ReportConsultation {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  municipalityName!: string;

  @Field(() => String, { nullable: true })
  organiserName!: string | null;
}

@ObjectType({
  description:
    'A consultation’s final report: figures computed from the database when it was generated, and frozen then.',
})
export class ConsultationReport implements Omit<ReportData, 'format'> {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  consultationId!: string;

  @Field(() => Int, { description: 'Generating again makes a new version; this is the newest.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  generatedAt!: Date;

  @Field(() => ReportConsultation)
  consultation!: ReportConsultation;

  @Field(() => [ReportPhaseFigures], { description: 'In timeline order.' })
  phases!: ReportPhaseFigures[];

  @Field(() => ReportTotals)
  totals!: ReportTotals;

  @Field(() => [ReportDraft], { description: 'Versions oldest first.' })
  drafts!: ReportDraft[];

  @Field(() => [ReportComment], { description: 'The draft comments with their answers, by version and paragraph.' })
  comments!: ReportComment[];

  @Field(() => [ReportMeeting], { description: 'In order of their start.' })
  meetings!: ReportMeeting[];

  @Field(() => [ReportDocument])
  documents!: ReportDocument[];

  @Field(() => ReportProposals, { nullable: true })
  proposals!: ReportProposals | null;

  @Field(() => ReportBallot, { nullable: true })
  ballot!: ReportBallot | null;

  @Field(() => ReportProblemTree, { nullable: true })
  problemTree!: ReportProblemTree | null;

  /** Resolved through the account loader. */
  generatedById!: string | null;
}
