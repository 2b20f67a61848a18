import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers.js';

const SCHEMA_HEADER = '# Generated from the server code by `npm run schema`. Do not edit by hand.\n\n';

export function printSdl(schema: GraphQLSchema): string {
  return SCHEMA_HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
}

/** Builds the code-first schema from the resolver classes alone (no database, no HTTP). */
export async function buildSchemaSdl(): Promise<string> {
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  try {
    return printSdl(await app.get(GraphQLSchemaFactory).create(resolvers));
  } finally {
    await app.close();
  }
}
