import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live watchlists. A watch follows a speaker and/or an entity, each either by id or by the alias key of
 * a name (so a name not seen yet starts matching once an entity carries it), and/or a full-text query.
 * Webhook deliveries are counted on the watch; failed attempts are kept per watch (the newest ones, see
 * WatchRepository), each with its time, attempt, status or error.
 */
export class Watches1765500000000 implements MigrationInterface {
  name = 'Watches1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE watches (
        id bigserial PRIMARY KEY,
        name text NOT NULL,
        speaker_given text,
        speaker_id bigint REFERENCES entities(id),
        speaker_key text,
        entity_given text,
        entity_id bigint REFERENCES entities(id),
        entity_key text,
        q text,
        webhook text,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered integer NOT NULL DEFAULT 0,
        last_delivered_at timestamptz,
        failures integer NOT NULL DEFAULT 0,
        CONSTRAINT watches_follow_something CHECK (speaker_given IS NOT NULL OR entity_given IS NOT NULL OR q IS NOT NULL),
        CONSTRAINT watches_speaker_by_id_or_name CHECK ((speaker_given IS NULL) = (speaker_id IS NULL AND speaker_key IS NULL)),
        CONSTRAINT watches_entity_by_id_or_name CHECK ((entity_given IS NULL) = (entity_id IS NULL AND entity_key IS NULL))
      )`);
    await q.query(`
      CREATE TABLE watch_failures (
        id bigserial PRIMARY KEY,
        watch_id bigint NOT NULL REFERENCES watches(id) ON DELETE CASCADE,
        event_id text NOT NULL,
        attempt integer NOT NULL,
        status integer,
        error text NOT NULL,
        gave_up boolean NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX watch_failures_newest ON watch_failures (watch_id, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE watch_failures`);
    await q.query(`DROP TABLE watches`);
  }
}
