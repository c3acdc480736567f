import { DataSource } from 'typeorm';

/** The installation this database is (made by the InstallationIdentity migration). */
export async function installationIdOf(db: DataSource): Promise<string> {
  const rows: Array<{ id: string }> = await db.query(`SELECT id FROM installation`);
  if (!rows[0]) throw new Error('the database has no installation id: run the migrations (npm run migrate)');
  return rows[0].id;
}

/** Where a database is, without credentials: names an installation in messages. */
export function databaseLabel(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'unknown';
  }
}
