import { EntityManager } from 'typeorm';
import { BodyFingerprint, DedupeEngine } from '@newsflow/dedupe';
import { PostgresLshIndex } from '@newsflow/persistence';
import { generateArticle } from '../support/article-generator';
import { TestEnv, createTestEnv } from '../support/test-env';

const idOf = (n: number) => n.toString(16).padStart(32, '0');

async function storeArticle(tx: EntityManager, id: string, fp: BodyFingerprint): Promise<void> {
  await tx.query(
    `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, text, body, body_hash, state, dropped_at)
     VALUES ($1, $2, 0, $3, 'txt', 'utf-8', '-', '-', $4, 'accepted', now())`,
    [id, id.padEnd(64, '0'), `${id}.txt`, fp.bodyHash],
  );
}

describe('PostgresLshIndex', () => {
  let t: TestEnv;
  let engine: DedupeEngine;
  let next = 1;

  /** Runs the dedupe step for one body as the app does, in its own transaction. */
  const process = (body: string) =>
    t.db.transaction(async (tx) => {
      const id = idOf(next++);
      const fp = engine.fingerprint(body);
      const index = new PostgresLshIndex(tx);
      const decision = await engine.findDuplicate(fp, index);
      await storeArticle(tx, id, fp);
      await engine.remember(id, fp, decision, index);
      return { id, decision };
    });

  beforeAll(async () => {
    t = await createTestEnv();
    engine = await DedupeEngine.create();
  });
  afterAll(async () => {
    await t?.cleanup();
  });

  it('finds exact and near copies, keeps unrelated articles apart, and stores band keys on the signature row', async () => {
    const original = generateArticle(1, 12).text;
    const first = await process(original);
    expect(first.decision.duplicateOf).toBeNull();

    const copy = await process(original.toUpperCase());
    expect(copy.decision).toEqual(expect.objectContaining({ duplicateOf: first.id, kind: 'exact' }));

    const edited = await process(original.replace(/\. /, '. Officials added nothing further. '));
    expect(edited.decision).toEqual(expect.objectContaining({ duplicateOf: first.id, kind: 'near' }));

    const other = await process(generateArticle(2, 12).text);
    expect(other.decision.duplicateOf).toBeNull();

    const rows: Array<{ cluster_id: string; keys: number }> = await t.db.query(
      `SELECT cluster_id, cardinality(band_keys) AS keys FROM dedupe_signatures ORDER BY article_id`,
    );
    expect(rows).toEqual([
      { cluster_id: first.id, keys: engine.config.bands },
      { cluster_id: first.id, keys: engine.config.bands },
      { cluster_id: first.id, keys: engine.config.bands },
      { cluster_id: other.id, keys: engine.config.bands },
    ]);
  });

  it('probes through the indexes even when statistics price the band overlap at a third of the table', async () => {
    for (let i = 100; i < 400; i++) await process(generateArticle(i, 12).text);
    await t.db.query('ANALYZE dedupe_signatures');
    const scans = await t.db.transaction(async (tx) => {
      await new PostgresLshIndex(tx).lookup('0'.repeat(64), engine.fingerprint(generateArticle(999, 12).text).bandKeys);
      return tx.query(`SELECT seq_scan, idx_scan FROM pg_stat_xact_user_tables WHERE relname = 'dedupe_signatures'`);
    });
    expect(scans).toEqual([{ seq_scan: '0', idx_scan: expect.anything() }]);
    expect(Number(scans[0].idx_scan)).toBeGreaterThanOrEqual(2);
  });
});
