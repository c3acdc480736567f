/** `npm run migrate`: creates the database when missing and applies pending TypeORM migrations. */
import { loadConfig } from '@newsflow/config';
import { openDatabase } from '@newsflow/persistence';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config.DATABASE_URL);
  const applied: Array<{ name: string }> = await db.query(`SELECT name FROM migrations ORDER BY id`);
  process.stdout.write(`migrations applied: ${applied.map((m) => m.name).join(', ')}\n`);
  await db.destroy();
}

main().catch((error) => {
  process.stderr.write(`migrate: ${(error as Error).message}\n`);
  process.exit(1);
});
