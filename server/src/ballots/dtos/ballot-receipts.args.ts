import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, Max, Min } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';
import { IdField } from '../../common/validation/id-field.js';

/** Receipts are short codes, so a page holds more of them than a page of posts. */
const RECEIPT_PAGE_MAX = 500;

@ArgsType()
export class BallotReceiptsArgs {
  @IdField()
  ballotId!: string;

  @Field(() => Int, { defaultValue: 100, description: `Page size, 1 to ${RECEIPT_PAGE_MAX}.` })
  @IsInt({ context: { code: FieldErrorCode.INVALID } })
  @Min(1, { context: { code: FieldErrorCode.INVALID } })
  @Max(RECEIPT_PAGE_MAX, { context: { code: FieldErrorCode.TOO_LONG, params: { max: RECEIPT_PAGE_MAX } } })
  first: number = 100;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsBase64({ urlSafe: true }, { context: { code: FieldErrorCode.INVALID } })
  after?: string | null;
}
