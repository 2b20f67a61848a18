import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../../common/pagination/connection.model.js';

@ObjectType({ description: 'The receipts of the ballots counted online, in alphabetical order (not the order cast).' })
export class BallotReceiptConnection {
  @Field(() => [String])
  nodes!: string[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
