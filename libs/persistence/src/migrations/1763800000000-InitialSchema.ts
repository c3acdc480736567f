import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1763800000000 implements MigrationInterface {
  name = 'InitialSchema1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE file_ledger (
        id bigserial PRIMARY KEY,
        path text NOT NULL,
        size bigint NOT NULL,
        mtime_ms bigint NOT NULL,
        content_hash char(64) NOT NULL,
        state text NOT NULL CHECK (state IN ('published', 'rejected', 'duplicate-file', 'ignored')),
        reason text,
        duplicate_of_path text,
        articles integer NOT NULL DEFAULT 0,
        rejections jsonb NOT NULL DEFAULT '[]',
        first_seen_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT file_ledger_path_hash UNIQUE (path, content_hash)
      )`);
    await q.query(`CREATE INDEX file_ledger_hash ON file_ledger (content_hash)`);
    await q.query(`CREATE INDEX file_ledger_state ON file_ledger (state, id DESC)`);

    await q.query(`
      CREATE TABLE articles (
        id char(32) PRIMARY KEY,
        file_hash char(64) NOT NULL,
        record_index integer NOT NULL,
        path text NOT NULL,
        format text NOT NULL,
        encoding text NOT NULL,
        title text,
        text text NOT NULL,
        body text NOT NULL,
        boilerplate jsonb NOT NULL DEFAULT '[]',
        source text,
        url text,
        byline text,
        dateline text,
        published_at timestamptz,
        body_hash char(64) NOT NULL,
        state text NOT NULL CHECK (state IN ('accepted', 'duplicate', 'completed')),
        duplicate_of char(32) REFERENCES articles(id),
        similarity real,
        duplicate_kind text,
        dropped_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
          setweight(to_tsvector('english', left(body, 300000)), 'B')
        ) STORED
      )`);
    await q.query(`CREATE INDEX articles_search ON articles USING gin (search)`);
    await q.query(`CREATE INDEX articles_received ON articles (received_at DESC, id DESC)`);
    await q.query(`CREATE INDEX articles_published ON articles (published_at DESC, id DESC)`);
    await q.query(`CREATE INDEX articles_body_hash ON articles (body_hash)`);
    await q.query(`CREATE INDEX articles_duplicate_of ON articles (duplicate_of) WHERE duplicate_of IS NOT NULL`);
    await q.query(`CREATE INDEX articles_source ON articles (lower(source))`);
    await q.query(`CREATE INDEX articles_state ON articles (state)`);

    await q.query(`
      CREATE TABLE article_stages (
        article_id char(32) NOT NULL,
        stage text NOT NULL,
        version text NOT NULL,
        status text NOT NULL CHECK (status IN ('done', 'failed')),
        error text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (article_id, stage)
      )`);
    await q.query(`CREATE INDEX article_stages_recent ON article_stages (stage, updated_at DESC)`);

    await q.query(`
      CREATE TABLE dedupe_signatures (
        article_id char(32) PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        cluster_id char(32) NOT NULL,
        body_hash char(64) NOT NULL,
        signature bytea NOT NULL,
        shingles bytea NOT NULL
      )`);
    await q.query(`CREATE INDEX dedupe_signatures_body_hash ON dedupe_signatures (body_hash)`);
    await q.query(`
      CREATE TABLE lsh_bands (
        band_key bigint NOT NULL,
        article_id char(32) NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        PRIMARY KEY (band_key, article_id)
      )`);
    await q.query(`CREATE INDEX lsh_bands_article ON lsh_bands (article_id)`);

    await q.query(`
      CREATE TABLE entities (
        id bigserial PRIMARY KEY,
        canonical text NOT NULL,
        type text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE entity_aliases (
        entity_id bigint NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        type text NOT NULL,
        alias text NOT NULL,
        alias_key text NOT NULL,
        reason text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (entity_id, alias_key)
      )`);
    await q.query(`CREATE INDEX entity_aliases_key ON entity_aliases (type, alias_key)`);
    await q.query(`
      CREATE TABLE entity_link_keys (
        key text NOT NULL,
        entity_id bigint NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
        PRIMARY KEY (key, entity_id)
      )`);
    await q.query(`CREATE INDEX entity_aliases_key_prefix ON entity_aliases (alias_key text_pattern_ops)`);

    await q.query(`
      CREATE TABLE mentions (
        id bigserial PRIMARY KEY,
        article_id char(32) NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity_id bigint NOT NULL REFERENCES entities(id),
        text text NOT NULL,
        type text NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        canonical text NOT NULL,
        CONSTRAINT mentions_unique UNIQUE (article_id, start_offset, end_offset, type)
      )`);
    await q.query(`CREATE INDEX mentions_entity ON mentions (entity_id, article_id)`);

    await q.query(`
      CREATE TABLE quotes (
        id bigserial PRIMARY KEY,
        article_id char(32) NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        ordinal integer NOT NULL,
        text text NOT NULL,
        start_offset integer NOT NULL,
        end_offset integer NOT NULL,
        kind text NOT NULL,
        speaker_text text,
        speaker_start integer,
        speaker_end integer,
        speaker_canonical text,
        speaker_entity_id bigint REFERENCES entities(id),
        cue_text text,
        cue_start integer,
        cue_end integer,
        group_key text NOT NULL,
        search tsvector GENERATED ALWAYS AS (to_tsvector('english', left(text, 100000))) STORED,
        CONSTRAINT quotes_unique UNIQUE (article_id, ordinal)
      )`);
    await q.query(`CREATE INDEX quotes_speaker ON quotes (speaker_entity_id, article_id)`);
    await q.query(`CREATE INDEX quotes_group ON quotes (group_key)`);
    await q.query(`CREATE INDEX quotes_search ON quotes USING gin (search)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['quotes', 'mentions', 'entity_link_keys', 'entity_aliases', 'entities', 'lsh_bands', 'dedupe_signatures', 'article_stages', 'articles', 'file_ledger']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
