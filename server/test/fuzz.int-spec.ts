import fc from 'fast-check';
import {
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { createMunicipality, grantRole, registerUser, type RegisteredUser } from './support/factories.js';
import { createCategory, createThread } from './support/forum-factories.js';
import { createConsultation as insertConsultation, warsawDay } from './support/document-factories.js';
import type { GraphQLClient, GraphQLResponse } from './support/graphql-client.js';
import { liveMutations, operationFor } from './support/schema-operations.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { XSS_VECTORS } from './support/xss-vectors.js';

/*
 * Property-based fuzzing of every mutation in the live schema: arguments of the
 * right GraphQL shape with hostile content. Whatever is sent, the answer is
 * either data or errors that each carry a code, and never INTERNAL_SERVER_ERROR.
 */

const RUNS_PER_MUTATION = 15;
const SEED = 20_260_413;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Strings people and bots send: any unicode, control characters, lone surrogates, markup, huge ones. */
function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({
      unit: fc.constantFrom('\u0000', '\u0007', '\u200b', '\u202e', '\ud800', '\udfff', '\ufeff', ' ', '\n'),
    }),
    fc.constantFrom('', ' ', '\t\n', 'a', 'Zażółć gęślą jaźń', '@', '#', '../../etc/passwd', "'; DROP TABLE users; --"),
    fc.constantFrom(...XSS_VECTORS),
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 100, max: 1300 }))
      .map(([unit, times]) => unit.repeat(times).slice(0, 10_000)),
  );
}

const hostileInt = fc.oneof(
  fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
  fc.constantFrom(0, -1, 1, 2_147_483_647, -2_147_483_648, 100_000, 100_001),
);

function hostileDateTime(): fc.Arbitrary<string> {
  return fc.oneof(
    fc
      .date({ min: new Date(-8_640_000_000_000_000), max: new Date(8_640_000_000_000_000), noInvalidDate: true })
      .map((date) => date.toISOString()),
    fc.constantFrom('2026-02-30T10:00:00Z', '2026-13-01T00:00:00Z', '0000-01-01T00:00:00Z', 'jutro', ''),
    hostileString(),
  );
}

/** An arbitrary value of the GraphQL input type; `undefined` leaves an optional argument out. */
function valueOf(type: GraphQLInputType, ids: readonly string[], depth = 0): fc.Arbitrary<Json | undefined> {
  if (isNonNullType(type)) return valueOf(type.ofType, ids, depth) as fc.Arbitrary<Json>;
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: presentValueOf(type, ids, depth) },
  );
}

function presentValueOf(type: GraphQLInputType, ids: readonly string[], depth: number): fc.Arbitrary<Json> {
  if (isNonNullType(type)) return presentValueOf(type.ofType, ids, depth);
  if (isListType(type)) {
    return fc
      .array(valueOf(type.ofType, ids, depth + 1), { maxLength: depth > 1 ? 1 : 4 })
      .map((items) => items.map((item) => item ?? null));
  }
  if (isEnumType(type)) {
    return fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)) },
      { weight: 1, arbitrary: hostileString() },
    );
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.tuple(...fields.map((field) => valueOf(field.type, ids, depth + 1))).map((values) => {
      const object: { [key: string]: Json } = {};
      fields.forEach((field, index) => {
        if (values[index] !== undefined) object[field.name] = values[index];
      });
      return object;
    });
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return fc.oneof(fc.constantFrom(...ids), fc.uuid(), hostileString());
      case 'Int':
        return hostileInt;
      case 'Float':
        return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), hostileInt);
      case 'Boolean':
        return fc.boolean();
      case 'DateTime':
        return hostileDateTime();
      default:
        return hostileString();
    }
  }
  throw new Error(`No arbitrary for ${String(type)}`);
}

/** What is wrong with an answer: a server error, or an error without a code. */
function problemsOf(response: GraphQLResponse<unknown>): string[] {
  return (response.errors ?? [])
    .filter((error) => !error.extensions?.code || error.extensions.code === 'INTERNAL_SERVER_ERROR')
    .map((error) => `${error.extensions?.code ?? 'no code'}: ${error.message}`);
}

describe('fuzzing every mutation with hostile input', () => {
  let t: TestApp;
  let fields: GraphQLField<unknown, unknown>[];
  let official: RegisteredUser;
  let ids: string[];

  beforeAll(async () => {
    t = await startTestApp();
    fields = liveMutations(t.app);
    const municipality = await createMunicipality(t.db, { name: 'Ząbki' });
    const categoryId = await createCategory(t.db, { municipalityId: municipality.id });
    official = await registerUser(t.client(), { displayName: 'Urzędniczka Anna' });
    await grantRole(t.db, official.id, municipality.id, 'OFFICIAL');
    const consultationId = await insertConsultation(t.db, {
      municipalityId: municipality.id,
      organiserId: official.id,
      phases: [
        { kind: 'DIAGNOSIS', startsOn: warsawDay(-5), endsOn: warsawDay(1) },
        { kind: 'DRAFT_CONSULTATION', startsOn: warsawDay(2), endsOn: warsawDay(20) },
      ],
    });
    const thread = await createThread(official.client, categoryId);
    // Real identifiers let the fuzzer get past "not found" into the rules behind it.
    ids = [municipality.id, categoryId, official.id, consultationId, thread.id];
  });
  afterAll(() => t?.close());

  it('covers every mutation of the live schema', () => {
    expect(fields.length).toBeGreaterThan(30);
  });

  it('answers every mutation with data or coded errors, never INTERNAL_SERVER_ERROR', async () => {
    const failures: string[] = [];
    for (const field of fields) {
      const operation = operationFor(field);
      const argsArbitrary = fc.tuple(...field.args.map((arg) => valueOf(arg.type, ids)));
      for (const who of ['official', 'anonymous'] as const) {
        // A fresh session per mutation: logout and revokeSession must not spoil the next ones.
        const client: GraphQLClient = t.client();
        if (who === 'official') {
          await client.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
            input: { email: official.email, password: official.password },
          });
        }
        const result = await fc.check(
          fc.asyncProperty(argsArbitrary, async (values) => {
            const variables: Record<string, Json> = {};
            field.args.forEach((arg, index) => {
              if (values[index] !== undefined) variables[arg.name] = values[index];
            });
            const response = await client.request(operation, variables);
            const problems = problemsOf(response);
            if (problems.length) throw new Error(problems.join('; '));
          }),
          { numRuns: RUNS_PER_MUTATION, seed: SEED, endOnFailure: true },
        );
        if (result.failed) {
          failures.push(
            `${field.name} as ${who}: ${String(result.errorInstance)} with ${JSON.stringify(result.counterexample)}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
