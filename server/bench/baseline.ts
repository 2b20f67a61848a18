import http from 'node:http';
import {
  GraphQLBoolean,
  GraphQLID,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  graphql,
} from 'graphql';
import DataLoader from 'dataloader';
import pg from 'pg';
import { POST_COLUMNS } from '../src/forum/repositories/post.repository.js';

/**
 * The least a server could do for the same thread page: graphql-js over raw
 * pg with the same SQL and the same batching, no framework, no guards, no
 * validation. Ratusz's throughput is reported relative to this.
 */
export async function startBaseline(databaseUrl: string): Promise<{ url: string; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const User = new GraphQLObjectType({
    name: 'UserSummary',
    fields: { id: { type: new GraphQLNonNull(GraphQLID) }, displayName: { type: new GraphQLNonNull(GraphQLString) } },
  });
  interface Ctx {
    users: DataLoader<string, { id: string; displayName: string } | null>;
  }
  const Post = new GraphQLObjectType<{ authorId: string | null }, Ctx>({
    name: 'ForumPost',
    fields: {
      id: { type: new GraphQLNonNull(GraphQLID) },
      number: { type: new GraphQLNonNull(GraphQLInt) },
      depth: { type: new GraphQLNonNull(GraphQLInt) },
      bodyHtml: { type: GraphQLString },
      score: { type: new GraphQLNonNull(GraphQLInt) },
      replyCount: { type: new GraphQLNonNull(GraphQLInt) },
      deleted: { type: new GraphQLNonNull(GraphQLBoolean) },
      author: { type: User, resolve: (post, _args, ctx) => (post.authorId ? ctx.users.load(post.authorId) : null) },
    },
  });
  const Connection = new GraphQLObjectType({
    name: 'ForumPostConnection',
    fields: { nodes: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(Post))) } },
  });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        threadPosts: {
          type: Connection,
          args: { threadId: { type: new GraphQLNonNull(GraphQLID) }, first: { type: new GraphQLNonNull(GraphQLInt) } },
          resolve: async (_root, args: { threadId: string; first: number }) => {
            const result = await pool.query(
              `SELECT ${POST_COLUMNS} FROM forum_posts p WHERE p.thread_id = $1 AND p.path >= '' AND p.path < '~' AND p.path > ''
               ORDER BY p.path LIMIT $2`,
              [args.threadId, args.first + 1],
            );
            return { nodes: result.rows.slice(0, args.first) };
          },
        },
      },
    }),
  });
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { query, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
      const users = new DataLoader(async (ids: readonly string[]) => {
        const result = await pool.query<{ id: string; displayName: string }>(
          `SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[])`,
          [ids],
        );
        const byId = new Map(result.rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      });
      void graphql({ schema, source: query, variableValues: variables, contextValue: { users } }).then((result) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(result));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${address.port}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
