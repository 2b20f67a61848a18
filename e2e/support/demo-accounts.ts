import type { GraphQLClient } from '../../server/test/support/graphql-client.js';

/** The password every demo account shares (see the seed and the README). */
export const DEMO_PASSWORD = 'Ratusz-demo-2026';

/** Signs a demo account in through the API, for seeding what a test needs before the browser opens. */
export async function apiLogin(api: GraphQLClient, email: string): Promise<void> {
  await api.data(`mutation($input: LoginInput!) { login(input: $input) { account { id } } }`, {
    input: { email, password: DEMO_PASSWORD },
  });
}
