import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { ServiceAreaCode } from '@ratusz/shared';
import { Connection } from '../../common/pagination/connection.model.js';

@ObjectType({ description: 'An entry of the good-practice library shared across networks.' })
export class GoodPractice {
  @Field(() => ID)
  id!: string;

  @Field()
  title!: string;

  @Field()
  problemSource!: string;

  @Field()
  problemHtml!: string;

  @Field()
  solutionSource!: string;

  @Field()
  solutionHtml!: string;

  @Field()
  resultsSource!: string;

  @Field()
  resultsHtml!: string;

  @Field(() => Int, { nullable: true, description: 'What it cost, in grosze (1 PLN = 100); null when not given.' })
  costGrosze!: number | null;

  @Field({ description: 'Whom to ask about it.' })
  contact!: string;

  @Field(() => ServiceAreaCode)
  serviceAreaCode!: ServiceAreaCode;

  @Field(() => ID, { nullable: true, description: 'The forum thread where it is discussed.' })
  threadId!: string | null;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  /** Resolved through loaders. */
  municipalityId!: string;
  networkId!: string | null;
}

export const GoodPracticeConnection = Connection(GoodPractice, 'GoodPracticeConnection');

@ObjectType({ description: '"We tried it too": what came of a good practice in another municipality.' })
export class GoodPracticeReport {
  @Field(() => ID)
  id!: string;

  @Field()
  outcome!: string;

  @Field({ description: 'When they tried it, YYYY-MM-DD.' })
  triedOn!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;

  practiceId!: string;
  municipalityId!: string;
}
