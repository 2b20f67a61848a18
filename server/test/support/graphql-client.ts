import type { FieldError } from '@ratusz/shared';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; fieldErrors?: FieldError[]; retryAfterSeconds?: number };
  }[];
}

/**
 * A GraphQL client over real HTTP with its own cookie jar, i.e. one browser.
 * `forwardedFor` lets a test pose as different IPs (the test app trusts the proxy header).
 */
export class GraphQLClient {
  cookie: string | null = null;

  constructor(
    readonly baseUrl: string,
    private readonly forwardedFor?: string,
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResponse<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.forwardedFor) headers['x-forwarded-for'] = this.forwardedFor;
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      const [name, value] = pair.split('=');
      this.cookie = value ? `${name}=${value}` : null;
      if (/expires=Thu, 01 Jan 1970/i.test(setCookie)) this.cookie = null;
    }
    return (await response.json()) as GraphQLResponse<T>;
  }

  /** Like request, but fails the test with the server's errors when there are any. */
  async data<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) {
      throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    }
    return result.data;
  }
}

export function errorCode(result: GraphQLResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}
