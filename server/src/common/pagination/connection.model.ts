import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsBase64, IsInt, IsOptional, Max, Min } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor!: string | null;

  @Field()
  hasNextPage!: boolean;
}

export interface ConnectionShape<T> {
  nodes: T[];
  pageInfo: PageInfo;
}

/** A cursor connection type for `T`; every list in the API is one, with bounded page sizes. */
export function Connection<T>(node: Type<T>, name: string): Type<ConnectionShape<T>> {
  @ObjectType(name)
  class ConnectionType implements ConnectionShape<T> {
    @Field(() => [node])
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;
  }
  return ConnectionType;
}

const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}.` })
  @IsInt({ context: { code: FieldErrorCode.INVALID } })
  @Min(1, { context: { code: FieldErrorCode.INVALID } })
  @Max(MAX_PAGE_SIZE, { context: { code: FieldErrorCode.TOO_LONG, params: { max: MAX_PAGE_SIZE } } })
  first: number = 20;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsBase64({ urlSafe: true }, { context: { code: FieldErrorCode.INVALID } })
  after?: string | null;
}
