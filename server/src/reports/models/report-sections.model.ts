import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { MeetingKind } from '../../meetings/models/meeting-enums.js';

@ObjectType({ description: 'An official’s answer to a draft comment, as it stood when the report was generated.' })
export class ReportAnswer {
  @Field(() => ID)
  postId!: string;

  @Field(() => String, { nullable: true, description: 'Null when the account was removed.' })
  authorName!: string | null;

  @Field(() => String, { nullable: true, description: 'Markdown; null when the answer was deleted.' })
  bodySource!: string | null;

  @Field(() => String, { nullable: true, description: 'Sanitised HTML; null when the answer was deleted.' })
  bodyHtml!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType({
  description:
    'A resident’s comment on a draft paragraph with the officials’ answers to it. A flat list, in the order of ' +
    'version, paragraph and thread, so a page groups it as it likes.',
})
export class ReportComment extends ReportAnswer {
  @Field(() => Int)
  draftVersion!: number;

  @Field(() => Int)
  paragraphNumber!: number;

  @Field({ description: 'The commented paragraph’s markdown.' })
  paragraphSource!: string;

  @Field(() => Int, { description: 'Its number in the paragraph’s thread.' })
  number!: number;

  @Field(() => [ReportAnswer])
  answers!: ReportAnswer[];
}

@ObjectType({ description: 'A version of the draft document.' })
export class ReportDraft {
  @Field(() => ID)
  draftId!: string;

  @Field(() => Int)
  version!: number;

  @Field()
  title!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  @Field(() => Int)
  paragraphCount!: number;

  @Field(() => Int, { description: 'Residents’ comments on this version.' })
  commentCount!: number;
}

@ObjectType({ description: 'A meeting of the consultation with its attendance and minutes.' })
export class ReportMeeting {
  @Field(() => ID)
  meetingId!: string;

  @Field(() => MeetingKind)
  kind!: MeetingKind;

  @Field()
  title!: string;

  @Field(() => GraphQLISODateTime)
  startsAt!: Date;

  @Field(() => GraphQLISODateTime)
  endsAt!: Date;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl!: string | null;

  @Field(() => Int, { nullable: true })
  capacity!: number | null;

  @Field(() => Int)
  registered!: number;

  @Field(() => Int)
  waiting!: number;

  @Field()
  cancelled!: boolean;

  @Field(() => String, { nullable: true, description: 'Markdown; null when no minutes were attached.' })
  minutesSource!: string | null;

  @Field(() => String, { nullable: true })
  minutesHtml!: string | null;
}

@ObjectType({ description: 'A document attached to the consultation.' })
export class ReportDocument {
  @Field(() => ID)
  documentId!: string;

  @Field()
  title!: string;

  @Field()
  fileName!: string;

  @Field()
  mimeType!: string;

  @Field(() => Int)
  sizeBytes!: number;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}
