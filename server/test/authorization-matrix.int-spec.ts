import { ErrorCode } from '@ratusz/shared';
import type { GraphQLField } from 'graphql';
import { MUTATION_RULES, RULE_HOLDERS, type MutationRule, type Variables } from './support/authorization-rules.js';
import { buildWorld, ROLES, type RoleName, type World } from './support/authorization-world.js';
import { errorCode, type GraphQLResponse } from './support/graphql-client.js';
import { liveMutations, operationFor } from './support/schema-operations.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { installWriteLog, type WriteLog } from './support/write-log.js';

/*
 * Every mutation of the live schema × every role: anonymous callers, residents,
 * authors, officials and moderators of municipality A and an official of B,
 * coordinators of a network A belongs to and of one it does not, an
 * organisation's owner and member, administrators. The arguments always name
 * an entity of A (its network, its organisation); support/authorization-rules.ts
 * says who holds the right over it. Those who do not are refused the way the
 * product refuses and the database is left exactly as it was; those who do
 * are never refused for access (a phase or input error is theirs to get).
 */

const ACCESS_CODES: string[] = [ErrorCode.UNAUTHENTICATED, ErrorCode.FORBIDDEN];

describe('authorization matrix', () => {
  let t: TestApp;
  let world: World;
  let mutations: Map<string, GraphQLField<unknown, unknown>>;
  let writes: WriteLog;

  beforeAll(async () => {
    t = await startTestApp();
    mutations = new Map(liveMutations(t.app).map((field) => [field.name, field]));
    world = await buildWorld(t);
    writes = await installWriteLog(t.db);
  }, 60_000);
  afterAll(() => t?.close());

  it('has a rule for every mutation of the live schema, and none for a mutation that is gone', () => {
    expect([...mutations.keys()].sort()).toEqual(Object.keys(MUTATION_RULES).sort());
  });

  function call(role: RoleName, operation: string, variables: Variables): Promise<GraphQLResponse<unknown>> {
    const client = role === 'anonymous' ? t.client() : world.users[role].client;
    return client.request(operation, variables);
  }

  // Answers come from another realm (fetch), so compare them as JSON.
  const sameData = (response: GraphQLResponse<unknown>, data: unknown) =>
    !response.errors && JSON.stringify(response.data) === JSON.stringify(data);

  /** Whether the answer is the refusal the rule expects (FORBIDDEN unless it says otherwise). */
  function isRefusal(rule: MutationRule, response: GraphQLResponse<unknown>): boolean {
    const refusal = rule.refusal ?? [ErrorCode.FORBIDDEN];
    if ('data' in refusal) return sameData(response, refusal.data);
    const code = errorCode(response);
    return code !== undefined && refusal.includes(code);
  }

  const describeAnswer = (response: GraphQLResponse<unknown>) =>
    response.errors?.length
      ? `${errorCode(response)} (${response.errors[0].message})`
      : `data ${JSON.stringify(response.data)}`;

  const cases = Object.keys(MUTATION_RULES)
    .sort()
    .flatMap((name) => [MUTATION_RULES[name]].flat().map((rule) => ({ name, rule })));

  it.each(cases.map(({ name, rule }) => [rule.case ? `${name} (${rule.case})` : name, name, rule] as const))(
    '%s',
    async (_title, name, rule) => {
      const field = mutations.get(name);
      if (!field) throw new Error(`${name} is not a mutation of the schema any more: remove its rule.`);
      const holders: readonly RoleName[] = RULE_HOLDERS[rule.rule];
      const operation = operationFor(field);
      const problems: string[] = [];

      // Arguments first: building them may write (a fresh post to act on), the refused calls must not.
      const refused: { role: RoleName; variables: Variables }[] = [];
      for (const role of ROLES.filter((role) => !holders.includes(role))) {
        refused.push({ role, variables: await rule.args(world, role) });
      }
      await world.settle(writes);
      const before = await writes.mark();
      for (const { role, variables } of refused) {
        const response = await call(role, operation, variables);
        const refusedAsExpected =
          role === 'anonymous' ? errorCode(response) === ErrorCode.UNAUTHENTICATED : isRefusal(rule, response);
        if (!refusedAsExpected) problems.push(`${role} not refused: ${describeAnswer(response)}`);
      }
      const written = await writes.since(before);
      if (written.length) problems.push(`refused calls wrote ${written.join('; ')}`);

      for (const role of holders) {
        const response = await call(role, operation, await rule.args(world, role));
        const code = errorCode(response) ?? '';
        // A server error would hide a refusal as well as anything else.
        if (ACCESS_CODES.includes(code) || code === 'INTERNAL_SERVER_ERROR' || isRefusal(rule, response)) {
          problems.push(`${role} refused: ${describeAnswer(response)}`);
        }
        if (rule.endsSession && role !== 'anonymous') await world.logInAgain(role);
      }
      expect(problems).toEqual([]);
    },
    30_000,
  );
});
