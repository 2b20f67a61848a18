import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ServiceAreaCode, SurveyAccess, SurveyQuestionKind } from '@ratusz/shared';
import { Connection } from '../../common/pagination/connection.model.js';

registerEnumType(SurveyQuestionKind, {
  name: 'SurveyQuestionKind',
  description: 'LIKERT (1–5), SINGLE_CHOICE, MULTIPLE_CHOICE, OPEN_TEXT.',
});
registerEnumType(SurveyAccess, {
  name: 'SurveyAccess',
  description: 'ACCOUNT: one response per logged-in account; CODE: one per single-use paper code.',
});

@ObjectType()
export class SurveyQuestion {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => SurveyQuestionKind)
  kind!: SurveyQuestionKind;

  @Field()
  text!: string;

  @Field()
  required!: boolean;

  @Field(() => [String])
  options!: string[];

  @Field(() => ServiceAreaCode, { nullable: true, description: 'Falls back to the survey’s service area.' })
  serviceArea!: ServiceAreaCode | null;

  @Field(() => Int, { nullable: true, description: 'Shown only when the question at this position …' })
  showIfPosition!: number | null;

  @Field(() => Int, { nullable: true, description: '… got this option index (choice) or score (Likert).' })
  showIfAnswer!: number | null;
}

@ObjectType({ description: 'A residents’ satisfaction survey of one municipality.' })
export class Survey {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  municipalityId!: string;

  @Field()
  municipalityName!: string;

  @Field()
  title!: string;

  @Field()
  description!: string;

  @Field(() => ServiceAreaCode, { nullable: true })
  serviceArea!: ServiceAreaCode | null;

  @Field(() => SurveyAccess)
  access!: SurveyAccess;

  @Field()
  opensAt!: Date;

  @Field()
  closesAt!: Date;

  @Field(() => Date, { nullable: true, description: 'null while a draft.' })
  publishedAt!: Date | null;

  @Field(() => Int)
  responseCount!: number;

  @Field({ description: 'Published and between its opening and its close now.' })
  isOpen!: boolean;

  @Field(() => [SurveyQuestion])
  questions!: SurveyQuestion[];

  @Field({ description: 'Whether the viewer may edit, publish, hand out codes and publish results.' })
  viewerCanManage!: boolean;

  @Field({ description: 'Whether the viewer’s account has answered (ACCOUNT surveys).' })
  viewerHasAnswered!: boolean;

  @Field(() => Int, { description: 'Codes generated (CODE surveys).' })
  codeCount!: number;

  @Field(() => Int)
  usedCodeCount!: number;
}

export const SurveyConnection = Connection(Survey, 'SurveyConnection');

@ObjectType()
export class SurveyOpenAnswer {
  @Field(() => ID)
  responseId!: string;

  @Field()
  text!: string;

  @Field({ description: 'Hidden by a moderator: shown to managers only.' })
  hidden!: boolean;

  @Field()
  submittedAt!: Date;
}

@ObjectType()
export class SurveyQuestionResult {
  @Field(() => SurveyQuestion)
  question!: SurveyQuestion;

  @Field(() => Int, { description: 'Responses that answered this question.' })
  answered!: number;

  @Field(() => [Int], {
    description: 'LIKERT: how many gave 1, 2, 3, 4, 5; choices: how many chose each option, in order.',
  })
  counts!: number[];

  @Field(() => Float, { nullable: true, description: 'LIKERT: the mean score, 2 decimals.' })
  mean!: number | null;

  @Field(() => [SurveyOpenAnswer], { description: 'OPEN_TEXT: the latest 200 answers.' })
  openAnswers!: SurveyOpenAnswer[];
}

@ObjectType()
export class SurveyResults {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => Int)
  responseCount!: number;

  @Field(() => [SurveyQuestionResult])
  questions!: SurveyQuestionResult[];
}

@ObjectType({ description: 'A service area’s mean satisfaction published as its SAT_<AREA> indicator value.' })
export class PublishedSatisfaction {
  @Field(() => ServiceAreaCode)
  serviceArea!: ServiceAreaCode;

  @Field()
  indicatorCode!: string;

  @Field(() => Int)
  year!: number;

  @Field()
  value!: string;
}
