import { applyDecorators } from '@nestjs/common';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { FieldErrorCode } from '@ratusz/shared';

export interface IdFieldOptions {
  /** The id may be omitted or null. */
  nullable?: boolean;
  description?: string;
}

/**
 * A GraphQL `ID` that must be a UUID: every table's key is one, so anything
 * else is answered with the field's INVALID code instead of a database error.
 */
export function IdField(options: IdFieldOptions = {}): PropertyDecorator {
  const { nullable = false, description } = options;
  const decorators: PropertyDecorator[] = [
    Field(() => ID, { nullable, ...(description === undefined ? {} : { description }) }),
    IsUUID('all', { context: { code: FieldErrorCode.INVALID } }),
  ];
  if (nullable) decorators.push(IsOptional());
  return applyDecorators(...decorators);
}

/** The arguments of an operation on one thing named by its id. */
@ArgsType()
export class IdArgs {
  @IdField()
  id!: string;
}
