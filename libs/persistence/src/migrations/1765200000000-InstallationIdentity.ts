import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The installation this database is: one row, made when the schema is. The NATS streams record it and
 * every app checks it at start, so two installations on one NATS server never share a stream; message
 * ids carry it, so another installation's history never suppresses a publish.
 */
export class InstallationIdentity1765200000000 implements MigrationInterface {
  name = 'InstallationIdentity1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE installation (
        one boolean PRIMARY KEY DEFAULT true CHECK (one),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`INSERT INTO installation DEFAULT VALUES`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE installation`);
  }
}
