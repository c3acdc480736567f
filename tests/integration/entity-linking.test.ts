import { EntityMention } from '@newsflow/nlp';
import { EntityLinkingRepository } from '@newsflow/persistence';
import { TestEnv, createTestEnv } from '../support/test-env';

const mention = (text: string, canonical: string, type: EntityMention['type'] = 'PERSON', start = 0): EntityMention => ({
  text,
  canonical,
  type,
  start,
  end: start + text.length,
});

describe('cross-document entity linking in PostgreSQL', () => {
  let t: TestEnv;
  let repo: EntityLinkingRepository;
  const article = async (n: number) => {
    const id = n.toString(16).padStart(32, '0');
    await t.db.query(
      `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, text, body, body_hash, state, dropped_at)
       VALUES ($1, $2, 0, $3, 'txt', 'utf-8', '', '', $2, 'accepted', now())`,
      [id, id.padEnd(64, '0'), `a-${n}.txt`],
    );
    return id;
  };
  const entityOf = async (canonical: string) =>
    (await t.db.query(`SELECT DISTINCT entity_id FROM mentions WHERE canonical = $1`, [canonical])).map((r: { entity_id: string }) => r.entity_id);

  beforeAll(async () => {
    t = await createTestEnv();
    repo = new EntityLinkingRepository(t.db);
  });
  afterAll(() => t?.cleanup());

  it('links two spellings of one person across articles and records why', async () => {
    await repo.storeMentions(await article(1), [mention('Alexander Lukashenko', 'Alexander Lukashenko'), mention('Lukashenko', 'Alexander Lukashenko', 'PERSON', 30)], 'v');
    await repo.storeMentions(await article(2), [mention('Alyaksandr Lukashenka', 'Alyaksandr Lukashenka')], 'v');
    const [a] = await entityOf('Alexander Lukashenko');
    const [b] = await entityOf('Alyaksandr Lukashenka');
    expect(a).toBe(b);
    const aliases: Array<{ alias: string; reason: string }> = await t.db.query(`SELECT alias, reason FROM entity_aliases WHERE entity_id = $1 ORDER BY created_at, alias`, [a]);
    expect(aliases.map((x) => x.alias)).toEqual(expect.arrayContaining(['Alexander Lukashenko', 'Lukashenko', 'Alyaksandr Lukashenka']));
    expect(aliases.find((x) => x.alias === 'Alyaksandr Lukashenka')!.reason).toMatch(/"Alyaksandr Lukashenka" and "Alexander Lukashenko" are (known aliases|spellings of one name)/);
  });

  it('keeps two different people who share a surname apart, and never merges across types', async () => {
    await repo.storeMentions(await article(3), [mention('Hunter Biden', 'Hunter Biden')], 'v');
    await repo.storeMentions(await article(4), [mention('Joe Biden', 'Joe Biden')], 'v');
    await repo.storeMentions(await article(5), [mention('Lukashenko', 'Lukashenko', 'ORG')], 'v');
    expect((await entityOf('Hunter Biden'))[0]).not.toBe((await entityOf('Joe Biden'))[0]);
    const types = await t.db.query(`SELECT DISTINCT e.type FROM entities e JOIN mentions m ON m.entity_id = e.id WHERE m.text = 'Lukashenko'`);
    expect(types.map((r: { type: string }) => r.type).sort()).toEqual(['ORG', 'PERSON']);
  });

  it('links an acronym to its expansion seen in an earlier article', async () => {
    await repo.storeMentions(await article(6), [mention('Collective Security Treaty Organization', 'Collective Security Treaty Organization', 'ORG')], 'v');
    await repo.storeMentions(await article(7), [mention('CSTO', 'CSTO', 'ORG')], 'v');
    expect((await entityOf('CSTO'))[0]).toBe((await entityOf('Collective Security Treaty Organization'))[0]);
  });

  it('replaces an article’s mentions on redelivery instead of doubling them', async () => {
    const id = await article(8);
    const mentions = [mention('Vladimir Putin', 'Vladimir Putin'), mention('Putin', 'Vladimir Putin', 'PERSON', 40)];
    await repo.storeMentions(id, mentions, 'v');
    await repo.storeMentions(id, mentions, 'v');
    const rows = await t.db.query(`SELECT count(*)::int AS n, count(DISTINCT entity_id)::int AS e FROM mentions WHERE article_id = $1`, [id]);
    expect(rows[0]).toEqual({ n: 2, e: 1 });
    const counters = await t.db.query(`SELECT mention_count, article_count FROM entities WHERE canonical = 'Vladimir Putin'`);
    expect(counters).toEqual([{ mention_count: 2, article_count: 1 }]);
    await repo.storeMentions(id, mentions.slice(0, 1), 'v');
    expect(await t.db.query(`SELECT mention_count, article_count FROM entities WHERE canonical = 'Vladimir Putin'`)).toEqual([{ mention_count: 1, article_count: 1 }]);
  });

  it('stores a redelivery racing its first delivery once: the second run waits and replaces, without a conflict or doubled counters', async () => {
    const id = await article(40);
    const mentions = [mention('Angela Merkel', 'Angela Merkel'), mention('Merkel', 'Angela Merkel', 'PERSON', 30), mention('Merkel', 'Angela Merkel', 'PERSON', 30)];
    const runs = await Promise.all([0, 1, 2].map(() => repo.storeMentionsBatch([{ articleId: id, mentions }], 'v')));
    expect(runs.map((live) => live.has(id))).toEqual([true, true, true]);
    expect(await t.db.query(`SELECT start_offset FROM mentions WHERE article_id = $1 ORDER BY start_offset`, [id])).toEqual([{ start_offset: 0 }, { start_offset: 30 }]);
    expect(await t.db.query(`SELECT mention_count, article_count FROM entities WHERE canonical = 'Angela Merkel'`)).toEqual([{ mention_count: 2, article_count: 1 }]);
    expect(await t.db.query(`SELECT mentions FROM entity_articles WHERE article_id = $1`, [id])).toEqual([{ mentions: 2 }]);
  });

  it('keeps one entity_articles row per entity and article, with its mentions and date, as mentions are replaced and removed', async () => {
    const id = await article(9);
    const rowsOf = () =>
      t.db.query(
        // The publication date, -infinity for an undated article (last in every newest-first list, off timelines).
        `SELECT e.canonical, ea.mentions, ea.article_date = coalesce(a.published_at, '-infinity') AS dated
         FROM entity_articles ea JOIN entities e ON e.id = ea.entity_id JOIN articles a ON a.id = ea.article_id
         WHERE ea.article_id = $1 ORDER BY e.canonical`,
        [id],
      );
    const mentions = [mention('Kaja Kallas', 'Kaja Kallas'), mention('Kallas', 'Kaja Kallas', 'PERSON', 30), mention('Tallinn', 'Tallinn', 'LOCATION', 60)];
    await repo.storeMentions(id, mentions, 'v');
    await repo.storeMentions(id, mentions, 'v');
    expect(await rowsOf()).toEqual([
      { canonical: 'Kaja Kallas', mentions: 2, dated: true },
      { canonical: 'Tallinn', mentions: 1, dated: true },
    ]);
    await repo.storeMentions(id, mentions.slice(1, 2), 'v');
    expect(await rowsOf()).toEqual([{ canonical: 'Kaja Kallas', mentions: 1, dated: true }]);
    await t.db.query(`DELETE FROM mentions WHERE article_id = $1`, [id]);
    expect(await rowsOf()).toEqual([]);
  });
});
