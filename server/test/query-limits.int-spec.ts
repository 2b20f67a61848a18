import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  print,
  typeFromAST,
  validate,
  specifiedRules,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { ErrorCode } from '@ratusz/shared';
import { QUERY_LIMITS, queryCost, queryLimitRules } from '../src/common/graphql/query-limits.js';
import { errorCode, type GraphQLResponse } from './support/graphql-client.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const root = path.resolve(import.meta.dirname, '../..');

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return graphqlFiles(full);
    return name.endsWith('.graphql') ? [full] : [];
  });
}

/** A value of the variable's type: page sizes at the server's maximum, so the cost is the worst the client can ask. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  switch (getNamedType(type).name) {
    case 'Int':
      return name === 'first' ? 100 : 1;
    case 'Boolean':
      return false;
    case 'ID':
      return '00000000-0000-4000-8000-000000000000';
    default:
      return 'x';
  }
}

describe('query limits', () => {
  let schema: GraphQLSchema;
  let fragments: FragmentDefinitionNode[];
  let operations: OperationDefinitionNode[];

  beforeAll(() => {
    schema = buildSchema(readFileSync(path.join(root, 'shared/schema.graphql'), 'utf8'));
    const documents = graphqlFiles(path.join(root, 'client/src/modules')).map((file) =>
      parse(readFileSync(file, 'utf8')),
    );
    const definitions = documents.flatMap((doc) => doc.definitions);
    fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
    operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  });

  it('lets every operation the client sends through, at the largest page sizes', () => {
    expect(operations.length).toBeGreaterThan(20);
    for (const operation of operations) {
      const used = new Set<string>();
      const collect = (text: string) => {
        for (const match of text.matchAll(/\.\.\.\s*(\w+)/g)) {
          if (used.has(match[1])) continue;
          used.add(match[1]);
          const fragment = fragments.find((f) => f.name.value === match[1]);
          if (fragment?.loc) collect(fragment.loc.source.body.slice(fragment.loc.start, fragment.loc.end));
        }
      };
      collect(operation.loc!.source.body.slice(operation.loc!.start, operation.loc!.end));
      const document: DocumentNode = {
        kind: Kind.DOCUMENT,
        definitions: [operation, ...fragments.filter((f) => used.has(f.name.value))],
      };
      const name = operation.name?.value ?? 'anonymous';
      // Apollo Client sends the printed document, with __typename added: the margin is wide.
      expect({ name, length: print(document).length <= QUERY_LIMITS.length }).toEqual({ name, length: true });
      expect({ name, errors: validate(schema, document, [...specifiedRules, ...queryLimitRules()]) }).toEqual({
        name,
        errors: [],
      });
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          sampleValue(typeFromAST(schema, v.type) as GraphQLInputType, v.variable.name.value),
        ]),
      );
      const cost = queryCost(schema, document, variables, name);
      expect({ name, withinCost: cost <= QUERY_LIMITS.cost }).toEqual({ name, withinCost: true });
    }
  });

  describe('over HTTP', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await startTestApp();
    });
    afterAll(() => app.close());

    it.each([
      ['ALIASES', `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: serviceAreas { code }`).join(' ')} }`],
      ['DEPTH', `{ municipalities(first: 1) { nodes { ${'children { '.repeat(14)}id${' }'.repeat(14)} } } }`],
      ['DIRECTIVES', `{ serviceAreas { code ${'@include(if: true) '.repeat(50)} } }`],
      ['LENGTH', `{ ${'serviceAreas { code } '.repeat(1000)} }`],
      // Short tokens, so the document stays under the length limit and reaches the parser's token limit.
      ['TOKENS', `{ serviceAreas { ${'code '.repeat(100)} } ${'a '.repeat(6000)} }`],
      ['COST', `{ municipalities(first: 100) { nodes { children { children { children { id name } } } } } }`],
    ])('refuses a request over the %s limit before running it, with its own code', async (limit, query) => {
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      // The request is at fault, not the server: never a 5xx.
      expect(response.status).toBe(400);
      const result = (await response.json()) as GraphQLResponse<unknown>;
      expect(errorCode(result)).toBe(ErrorCode.QUERY_LIMIT_EXCEEDED);
      expect(result.errors?.[0]?.extensions).toMatchObject({ queryLimit: limit });
      expect(result.data ?? null).toBeNull();
    });

    it('refuses the alias bomb (a thousand 100-post thread pages in one request) without running it', async () => {
      const page = (i: number) =>
        `a${i}: threadPosts(threadId: "00000000-0000-4000-8000-000000000000", first: 100) { nodes { id } }`;
      const result = await app.client().request(`{ ${Array.from({ length: 1000 }, (_, i) => page(i)).join(' ')} }`);
      expect(errorCode(result)).toBe(ErrorCode.QUERY_LIMIT_EXCEEDED);
      // By its length, before any parsing: the cheapest refusal there is.
      expect(result.errors?.[0]?.extensions).toMatchObject({ queryLimit: 'LENGTH', max: QUERY_LIMITS.length });
      expect(result.data ?? null).toBeNull();
    });

    it('counts the document only: a long text in the variables (a post being previewed) is not refused', async () => {
      const body = 'Długi wpis o budżecie gminy. '.repeat(600);
      expect(body.length).toBeGreaterThan(QUERY_LIMITS.length);
      const result = await app
        .client()
        .request<{ previewMarkdown: string }>('query ($body: String!) { previewMarkdown(body: $body) }', { body });
      expect(result.errors).toBeUndefined();
      expect(result.data?.previewMarkdown).toContain('Długi wpis o budżecie gminy.');
    });

    it('answers the standard introspection query (the API is public and documented)', async () => {
      const result = await app.client().request<{ __schema: { types: unknown[] } }>(getIntrospectionQuery());
      expect(result.errors).toBeUndefined();
      expect(result.data?.__schema.types.length).toBeGreaterThan(50);
    });

    it('still answers an ordinary request', async () => {
      const result = await app.client().request<{ serviceAreas: { code: string }[] }>('{ serviceAreas { code } }');
      expect(result.errors).toBeUndefined();
      expect(Array.isArray(result.data?.serviceAreas)).toBe(true);
    });
  });
});
