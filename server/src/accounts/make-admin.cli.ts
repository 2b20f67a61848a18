import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { resolveDatabase } from '../database/database.js';
import { runMigrations } from '../database/migrations.js';
import { AuditEventKind } from '../audit/models/audit-event-kind.js';
import { AuditRepository } from '../audit/repositories/audit.repository.js';
import { UserRepository } from './repositories/user.repository.js';
import { normaliseEmail } from './services/account.service.js';

/**
 * `npm run admin -- someone@example.pl`: makes a registered account an
 * administrator. The first administrator of a production install cannot be
 * made through the API, which only lets administrators grant roles.
 */
async function main(email: string | undefined): Promise<void> {
  if (!email) throw new Error('Usage: npm run admin -- <e-mail of a registered account>');
  const database = await resolveDatabase(loadConfig(), (line) => console.log(line));
  try {
    await runMigrations(database.url);
    const db = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      // The repository is plain code over a DataSource; no Nest container is needed to use it here.
      const promoted = await new UserRepository(db).promoteToAdmin(normaliseEmail(email));
      if (!promoted) throw new Error(`No account with the e-mail ${email}: register it first.`);
      // Done at the console, so there is no acting account nor address to note.
      await new AuditRepository(db).insert({
        kind: AuditEventKind.ADMIN_GRANTED,
        actorId: null,
        ip: null,
        targetType: 'USER',
        targetId: promoted,
        details: { via: 'command line' },
      });
      console.log(`${email} is now an administrator.`);
    } finally {
      await db.destroy();
    }
  } finally {
    await database.stop();
  }
}

main(process.argv[2]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
