import http from 'node:http';
import pg from 'pg';

/**
 * The thread page without GraphQL: node:http and pg, one SQL query joining
 * the authors, JSON out. What the database and HTTP allow on this machine;
 * Ratusz's thread page is reported relative to it. It reads the same request
 * body as the GraphQL servers (only `variables.threadId` and `first`), so the
 * same load generator drives all three.
 */
async function startPlainBaseline(databaseUrl: string): Promise<string> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const { variables } = JSON.parse(body) as { variables: { threadId: string; first: number } };
      pool
        .query(
          `SELECT p.id, p.number, p.depth, CASE WHEN p.hidden_at IS NULL THEN p.body_html END AS "bodyHtml", p.score,
                  p.reply_count AS "replyCount", p.deleted_at IS NOT NULL AS deleted,
                  CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END AS author
           FROM forum_posts p LEFT JOIN users u ON u.id = p.author_id
           WHERE p.thread_id = $1 AND p.path > '' AND p.path < '~' ORDER BY p.path LIMIT $2`,
          [variables.threadId, variables.first],
        )
        .then(
          (result) => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ data: { threadPosts: { nodes: result.rows } } }));
          },
          (error: unknown) => {
            res.writeHead(500).end(String(error));
          },
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

/** Its own process, as the others: `node plain-baseline.js <DATABASE_URL>`. */
console.log(`Plain baseline is running at ${await startPlainBaseline(process.argv[2])}`);
