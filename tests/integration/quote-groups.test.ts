import { Quote } from '@newsflow/nlp';
import { EntityLinkingRepository, QuoteQueries, QuoteRepository } from '@newsflow/persistence';
import { SpeakerScopedQuoteAnchors1765300000000 } from '../../libs/persistence/src/migrations/1765300000000-SpeakerScopedQuoteAnchors';
import { TestEnv, createTestEnv } from '../support/test-env';

describe('quote groups across articles (PostgreSQL)', () => {
  let t: TestEnv;
  let quotes: QuoteRepository;
  let entities: EntityLinkingRepository;

  const article = async (n: number, speaker: string) => {
    const id = n.toString(16).padStart(32, 'a');
    await t.db.query(
      `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, text, body, body_hash, state, dropped_at)
       VALUES ($1, $2, 0, $3, 'txt', 'utf-8', '', '', $2, 'accepted', now())`,
      [id, id.padEnd(64, '0'), `q-${n}.txt`],
    );
    await entities.storeMentions(id, [{ text: speaker, canonical: speaker, type: 'PERSON', start: 0, end: speaker.length }], 'v');
    return id;
  };
  const quote = (text: string, speaker: string): Quote => ({
    text,
    start: 100,
    end: 100 + text.length,
    kind: 'direct',
    speaker: { text: speaker, start: 0, end: speaker.length },
    speakerCanonical: speaker,
    cue: { text: 'said', start: 90, end: 94 },
  });
  const groupOf = async (articleId: string) => (await t.db.query(`SELECT group_key FROM quotes WHERE article_id = $1`, [articleId]))[0].group_key as string;

  beforeAll(async () => {
    t = await createTestEnv();
    quotes = new QuoteRepository(t.db);
    entities = new EntityLinkingRepository(t.db);
  });
  afterAll(() => t?.cleanup());

  it('groups the same statement by the same speaker across outlets, also when lightly edited', async () => {
    const statement = 'We cannot jump over stages, cannot overstrain the situation both in Russia and Belarus';
    const a = await article(1, 'Alexander Lukashenko');
    const b = await article(2, 'Alexander Lukashenko');
    const c = await article(3, 'Alexander Lukashenko');
    await quotes.storeQuotes(a, [quote(statement, 'Alexander Lukashenko')], 'v');
    await quotes.storeQuotes(b, [quote(statement.replace('cannot overstrain', 'can not overstrain'), 'Alexander Lukashenko')], 'v');
    await quotes.storeQuotes(c, [quote('Belarus will never become a satellite country of anyone at all', 'Alexander Lukashenko')], 'v');
    expect(await groupOf(b)).toBe(await groupOf(a));
    expect(await groupOf(c)).not.toBe(await groupOf(a));
  });

  it('lists an article that repeats a statement (a pull quote) once among its sources, and counts both quotes', async () => {
    const words = 'Our borders will stay open to every neighbour who respects them, today and tomorrow';
    const a = await article(20, 'Maia Sandu');
    const b = await article(21, 'Maia Sandu');
    await quotes.storeQuotes(a, [quote(words, 'Maia Sandu'), { ...quote(words, 'Maia Sandu'), start: 400, end: 400 + words.length }], 'v');
    await quotes.storeQuotes(b, [quote(words, 'Maia Sandu')], 'v');
    const page = await new QuoteQueries(t.db).searchGrouped({ speaker: 'Maia Sandu', limit: 10 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0].count).toBe(3);
    expect(page.items[0].sources.map((s) => s.articleId)).toEqual([a, b]);
  });

  it('keeps the same words by a different speaker in a group of their own', async () => {
    const words = 'The integration of our two countries must proceed step by step and on equal terms';
    const a = await article(4, 'Vladimir Putin');
    const b = await article(5, 'Dmitry Krutoi');
    await quotes.storeQuotes(a, [quote(words, 'Vladimir Putin')], 'v');
    await quotes.storeQuotes(b, [quote(words, 'Dmitry Krutoi')], 'v');
    expect(await groupOf(a)).not.toBe(await groupOf(b));
  });

  it('replaces an article’s quotes and anchors on redelivery', async () => {
    const a = await article(6, 'Vladimir Putin');
    const q = [quote('Russia and Belarus may form a united body stronger than the Soviet Union', 'Vladimir Putin')];
    await quotes.storeQuotes(a, q, 'v');
    await quotes.storeQuotes(a, q, 'v');
    const rows = await t.db.query(
      `SELECT (SELECT count(*)::int FROM quotes WHERE article_id = $1) AS quotes,
              (SELECT count(*)::int FROM quote_anchors qa JOIN quotes q ON q.id = qa.quote_id WHERE q.article_id = $1) AS anchors`,
      [a],
    );
    expect(rows[0].quotes).toBe(1);
    expect(rows[0].anchors).toBeGreaterThan(0);
    expect(rows[0].anchors).toBeLessThanOrEqual(4);
  });

  it('groups the same statement across the articles of one batch, and keeps a different statement apart', async () => {
    const statement = 'The harbour will reopen to fishing boats before the end of the spring season';
    const [a, b, c] = [await article(31, 'Marta Novak'), await article(32, 'Marta Novak'), await article(33, 'Marta Novak')];
    await quotes.storeQuotesBatch(
      [
        { articleId: a, quotes: [quote(statement, 'Marta Novak')] },
        { articleId: b, quotes: [quote(`${statement}.`, 'Marta Novak')] },
        { articleId: c, quotes: [quote('The harbour fees will not rise this year, whatever the council decides', 'Marta Novak'), quote(statement, 'Marta Novak')] },
      ],
      'v',
    );
    const groups: Array<{ article_id: string; ordinal: number; group_key: string }> = await t.db.query(
      `SELECT article_id, ordinal, group_key FROM quotes WHERE article_id = ANY($1) ORDER BY article_id, ordinal`,
      [[a, b, c]],
    );
    const of = (id: string, ordinal = 0) => groups.find((g) => g.article_id === id && g.ordinal === ordinal)!.group_key;
    expect(of(b)).toBe(of(a));
    expect(of(c, 1)).toBe(of(a));
    expect(of(c, 0)).not.toBe(of(a));
  });

  it('keeps apart statements by one speaker that differ only in a number, a negation or a name', async () => {
    const statement = 'The ministry will send 5,000 more nurses to the northern hospitals before the winter';
    const variants = [statement, statement.replace('5,000', '50,000'), statement.replace('will send', 'will not send'), statement.replace('northern', 'Lapland')];
    const ids = [];
    for (const [i, text] of variants.entries()) {
      const id = await article(41 + i, 'Anna Berg');
      await quotes.storeQuotes(id, [quote(text, 'Anna Berg')], 'v');
      ids.push(id);
    }
    const copy = await article(45, 'Anna Berg');
    await quotes.storeQuotes(copy, [quote(`${statement}.`, 'Anna Berg')], 'v');
    const groups = await Promise.all(ids.map(groupOf));
    expect(new Set(groups).size).toBe(variants.length);
    expect(await groupOf(copy)).toBe(groups[0]);
  });
  it('scopes each anchor to its speaker, so a statement is compared only with its own speaker’s, and the migration converts stored anchors both ways', async () => {
    const words = 'Our fishing fleet will double in size over the next ten years';
    const a = await article(71, 'Ilse Brandt');
    await quotes.storeQuotes(a, [quote(words, 'Ilse Brandt'), { ...quote(words, 'someone'), speaker: null, speakerCanonical: null }], 'v');
    const anchorsOf = async () =>
      (await t.db.query(
        `SELECT q.speaker_entity_id::text AS speaker, qa.anchor FROM quote_anchors qa JOIN quotes q ON q.id = qa.quote_id WHERE q.article_id = $1 ORDER BY q.ordinal, qa.anchor`,
        [a],
      )) as Array<{ speaker: string | null; anchor: string }>;
    const scoped = await anchorsOf();
    expect(scoped.length).toBeGreaterThan(1);
    for (const r of scoped) expect(r.anchor).toMatch(new RegExp(`^${r.speaker ?? 'u'}:[0-9a-f]{8}$`));
    const runner = t.db.createQueryRunner();
    try {
      const migration = new SpeakerScopedQuoteAnchors1765300000000();
      await migration.down(runner);
      expect(await anchorsOf()).toEqual(scoped.map((r) => ({ ...r, anchor: r.anchor.split(':')[1] })));
      await migration.up(runner);
      expect(await anchorsOf()).toEqual(scoped);
    } finally {
      await runner.release();
    }
  });
});
