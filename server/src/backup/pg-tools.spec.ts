import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { connectionArgs, findPgTool, parseToolVersion } from './pg-tools.js';

describe('pg-tools', () => {
  it('reads the version the client tools print', () => {
    expect(parseToolVersion('pg_dump (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)\n')).toEqual({
      version: '15.20',
      major: 15,
    });
    expect(parseToolVersion('pg_restore (PostgreSQL) 18.4\n')).toEqual({ version: '18.4', major: 18 });
    expect(parseToolVersion('command not found')).toBeNull();
  });

  it('keeps the password off the command line', () => {
    const { dbname, env } = connectionArgs('postgres://ratusz:p%40ss%2Fword@db.internal:5433/ratusz?sslmode=require');
    expect(dbname).toBe('postgres://ratusz@db.internal:5433/ratusz?sslmode=require');
    expect(env).toEqual({ PGPASSWORD: 'p@ss/word' });
    expect(connectionArgs('postgres://postgres@127.0.0.1:5432/x').env).toEqual({});
  });

  it('looks only in PG_BIN_DIR when it is set, and says what it needs', async () => {
    const empty = await mkdtemp(path.join(os.tmpdir(), 'ratusz-no-pg-'));
    try {
      await expect(findPgTool('pg_dump', 15, { PG_BIN_DIR: empty })).rejects.toThrow(
        /pg_dump 15 or newer is needed .* none was found in PG_BIN_DIR/,
      );
    } finally {
      await rm(empty, { recursive: true });
    }
  });
});
