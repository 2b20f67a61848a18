import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { INestApplication } from '@nestjs/common';
import { getNamedType, isObjectType, type GraphQLField } from 'graphql';

/** Every mutation of the server's own schema object (the standard introspection query is refused by the cost limit). */
export function liveMutations(app: INestApplication): GraphQLField<unknown, unknown>[] {
  return Object.values(app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields());
}

/** The operation for one mutation with every argument passed as a variable, selecting only `__typename`. */
export function operationFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}
