import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/app-config.js';
import { databaseToBackUp, databaseToRestore } from './backup-database.js';
import { createBackup, restoreBackup } from './backup.js';

const USAGE = `Usage:
  npm run backup [-- --out <new directory>]     dump the database and copy the uploaded files
  npm run restore -- <backup directory> [--wipe]  restore them (into an empty database; --wipe empties it first)`;

/** e.g. backups/ratusz-2026-11-23T10-15-00Z, in the working directory (the repository root under npm run). */
function defaultOutDir(): string {
  const stamp = new Date()
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-');
  return path.resolve('backups', `ratusz-${stamp}`);
}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { out: { type: 'string' }, wipe: { type: 'boolean', default: false } },
  });
  const [command, target, ...extra] = positionals;
  const config = loadConfig();
  const log = (line: string) => console.log(line);

  if (command === 'backup' && target === undefined) {
    const database = await databaseToBackUp(config, log);
    try {
      const outDir = path.resolve(values.out ?? defaultOutDir());
      const manifest = await createBackup({ databaseUrl: database.url, uploadDir: config.uploadDir, outDir });
      log(
        `Backed up the database (PostgreSQL ${manifest.database.serverVersion}, ${manifest.database.bytes} bytes, ` +
          `last migration ${manifest.database.lastMigration ?? 'none'}) and ${manifest.uploads.files.length} ` +
          `uploaded files from ${config.uploadDir} into ${outDir}`,
      );
    } finally {
      await database.stop();
    }
    return;
  }
  if (command === 'restore' && target !== undefined && extra.length === 0 && values.out === undefined) {
    const database = await databaseToRestore(config, log);
    try {
      const manifest = await restoreBackup({
        backupDir: target,
        databaseUrl: database.url,
        uploadDir: config.uploadDir,
        wipe: values.wipe,
      });
      log(
        `Restored the backup of ${manifest.createdAt} (last migration ${manifest.database.lastMigration ?? 'none'}) ` +
          `and ${manifest.uploads.files.length} uploaded files into ${config.uploadDir}. The next server start ` +
          'applies any newer migrations.',
      );
    } finally {
      await database.stop();
    }
    return;
  }
  throw new Error(USAGE);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
