import { INestApplication } from '@nestjs/common';
import { z } from 'zod';
import {
  articlePageSchema,
  entityPageSchema,
  filePageSchema,
  quoteGroupPageSchema,
  quotePageSchema,
  speakerQuotesSchema,
  storyPageSchema,
  TOTAL_CAP,
} from '@newsflow/contracts';
import { createTestEnv, TestEnv } from '../support/test-env';
import { apiClient } from './api-client';
import { ARTICLES, FixtureArticle, Newsroom, insertArticle, insertEntity, insertMention, insertQuote, seedNewsroom } from './newsroom-fixture';
import { startQueryApp } from './query-app';

/**
 * Issue 20's API: totals on every list, quote filters (kind, source, dates, about, sort), loose name
 * matching for entity=, speaker=, about= and /entities?q=, and readable errors. Exports: export.test.ts.
 */
let env: TestEnv;
let app: INestApplication;
let base: string;
let world: Newsroom;
let siimKallas: string;

beforeAll(async () => {
  env = await createTestEnv();
  world = await seedNewsroom(env.db);
  // A second Kallas whose alias is exactly "Kallas": an exact alias must rank before Kaja Kallas, who is mentioned more.
  siimKallas = await insertEntity(env.db, 'Siim Kallas', 'PERSON', [{ alias: 'Kallas', reason: 'surname of “Siim Kallas”' }]);
  await insertMention(env.db, ARTICLES.brussels, siimKallas, 'Ministers', 'PERSON', 'Siim Kallas');
  // The Brussels quote mentions the EU; the Minsk quote mentions no entity inside its span.
  await env.db.query(`UPDATE quotes SET kind = 'indirect' WHERE group_key = 'g-prices'`);
  await env.db.query(`UPDATE quotes SET kind = 'partial' WHERE group_key = 'g-tags'`);
  ({ app, baseUrl: base } = await startQueryApp(env.config));
});

afterAll(async () => {
  await app?.close();
  await env?.cleanup();
});

const { get, problem } = apiClient(() => base);

const ids = (page: { items: Array<{ id: string }> }) => page.items.map((i) => i.id);

describe('totals on every list', () => {
  it.each([
    ['/articles', 4, articlePageSchema],
    ['/articles?entity=Lukashenko', 2, articlePageSchema],
    ['/articles?q=energy&sort=date', 2, articlePageSchema],
    ['/articles?q=minsk', 3, articlePageSchema],
    ['/stories', 1, storyPageSchema],
    ['/entities', 5, entityPageSchema],
    ['/entities?type=person', 3, entityPageSchema],
    ['/entities?q=kallas', 2, entityPageSchema],
    ['/quotes', 4, quotePageSchema],
    ['/quotes?group=true', 3, quoteGroupPageSchema],
    ['/quotes?speaker=Kaja%20Kallas', 2, quotePageSchema],
    ['/quotes?q=energy', 1, quotePageSchema],
    ['/files?state=published', 5, filePageSchema],
  ] as Array<[string, number, z.ZodType<{ items: unknown[]; total: number; totalCapped: boolean; nextCursor: string | null }>]>)(
    '%s counts %d matches on every page',
    async (path, expected, schema) => {
      let cursor: string | null = null;
      let seen = 0;
      do {
        const page: { items: unknown[]; total: number; totalCapped: boolean; nextCursor: string | null } = await get(
          `${path}${path.includes('?') ? '&' : '?'}limit=1${cursor ? `&cursor=${cursor}` : ''}`,
          schema,
        );
        expect(page).toMatchObject({ total: expected, totalCapped: false });
        seen += page.items.length;
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toBe(expected);
    },
  );

  it("counts a speaker's statements", async () => {
    const page = await get(`/speakers/${world.kallas}/quotes?limit=1`, speakerQuotesSchema);
    expect(page).toMatchObject({ total: 2, totalCapped: false });
    expect(await get(`/speakers/${world.kallas}/quotes?from=2024-03-03`, speakerQuotesSchema)).toMatchObject({ total: 1 });
  });

  it(`stops counting at ${TOTAL_CAP.toLocaleString('en')} and says so`, async () => {
    await env.db.query(
      `INSERT INTO file_ledger (path, size, mtime_ms, content_hash, state, reason)
       SELECT '/inbox/many/' || i || '.bin', 1, 0, md5(i::text) || md5((-i)::text), 'rejected', 'binary content' FROM generate_series(1, $1) i`,
      [TOTAL_CAP + 5],
    );
    try {
      expect(await get('/files?state=rejected&limit=3', filePageSchema)).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
      expect(await get('/files?path=many/77.bin', filePageSchema)).toMatchObject({ total: 1, totalCapped: false });
    } finally {
      await env.db.query(`DELETE FROM file_ledger WHERE path LIKE '/inbox/many/%'`);
    }
  });
});

describe('quote filters', () => {
  it('kind=direct gives only direct quotes; several kinds by repetition or comma list', async () => {
    const direct = await get('/quotes?kind=direct', quotePageSchema);
    expect(direct.items.length).toBe(2);
    expect(direct.items.every((q) => q.kind === 'direct')).toBe(true);
    const listed = await get('/quotes?kind=partial,indirect', quotePageSchema);
    const repeated = await get('/quotes?kind=partial&kind=INDIRECT', quotePageSchema);
    expect(listed.items.map((q) => q.kind).sort()).toEqual(['indirect', 'partial']);
    expect(ids(repeated)).toEqual(ids(listed));
    const grouped = await get('/quotes?kind=direct&group=true', quoteGroupPageSchema);
    expect(grouped.items.map((g) => g.groupKey)).toEqual(['g-sovereignty']);
    // a statement carries its kind, and so does each of its sources, so the UI can mark direct speech
    expect(grouped.items[0].kind).toBe('direct');
    expect(grouped.items[0].sources.map((s) => s.kind)).toEqual(grouped.items[0].sources.map(() => 'direct'));
    const partial = await get('/quotes?kind=partial&group=true', quoteGroupPageSchema);
    expect(partial.items.length).toBeGreaterThan(0);
    for (const g of partial.items) expect(g.kind).toBe('partial');
  });

  it('source= is the outlet, case-insensitive; from/to the article date', async () => {
    expect((await get('/quotes?source=belta', quotePageSchema)).items.map((q) => q.article.articleId)).toEqual([world.ids.minskCopy]);
    const march2 = await get('/quotes?from=2024-03-02&to=2024-03-02', quotePageSchema);
    expect(march2.items.map((q) => q.article.articleId)).toEqual([world.ids.brussels]);
    const fromNoon = await get('/quotes?from=2024-03-01T11:00:00Z&to=2024-03-01', quotePageSchema);
    expect(fromNoon.items.map((q) => q.article.articleId)).toEqual([world.ids.minskCopy]);
  });

  it('about= finds quotes whose words mention the entity, by id or by name', async () => {
    // Minsk is named in the Minsk article, but outside its quote; here it is inside one and outside another.
    const borders: FixtureArticle = {
      name: 'borders',
      title: 'Borders',
      text: 'Borders\n\nIn Vilnius, “Minsk must open the border,” Kaja Kallas said. “We are ready,” she added of Minsk.\n',
      source: 'LRT',
      publishedAt: '2024-03-04T08:00:00Z',
    };
    const id = await insertArticle(env.db, borders);
    try {
      await insertMention(env.db, borders, world.minsk, 'Minsk', 'LOCATION', 'Minsk');
      await insertMention(env.db, borders, world.minsk, 'Minsk', 'LOCATION', 'Minsk', 1);
      await insertQuote(env.db, borders, 0, 'Minsk must open the border,', { surface: 'Kaja Kallas', canonical: 'Kaja Kallas', entityId: world.kallas }, 'g-border');
      await insertQuote(env.db, borders, 1, 'We are ready,', { surface: 'she', canonical: 'Kaja Kallas', entityId: world.kallas }, 'g-ready');
      const byId = await get(`/quotes?about=${world.minsk}`, quotePageSchema);
      expect(byId.items.map((q) => q.groupKey)).toEqual(['g-border']);
      expect(ids(await get('/quotes?about=minsk', quotePageSchema))).toEqual(ids(byId));
      // speaker=Kallas is Siim Kallas, whose alias it is exactly, as entity=Kallas would be.
      expect(ids(await get('/quotes?about=Minsk&speaker=Kallas', quotePageSchema))).toEqual([]);
      expect(ids(await get('/quotes?about=Minsk&speaker=Kaja%20Kallas', quotePageSchema))).toEqual(ids(byId));
      expect(await get('/quotes?about=minsk&kind=indirect', quotePageSchema)).toMatchObject({ items: [], total: 0 });
      expect((await get(`/quotes?about=${world.eu}`, quotePageSchema)).items).toEqual([]);
    } finally {
      await env.db.query(`DELETE FROM article_stages WHERE article_id = $1`, [id]);
      await env.db.query(`DELETE FROM articles WHERE id = $1`, [id]);
      await env.db.query(`DELETE FROM file_ledger WHERE path = '/inbox/borders.txt'`);
    }
  });

  it('labels the date of an undated article "received" and leaves its quotes out of date ranges, as article lists do', async () => {
    const undated: FixtureArticle = { name: 'undated-quote', title: 'Undated', text: 'Undated\n\n“Nothing is dated here,” Kaja Kallas said.\n', source: 'LRT', publishedAt: null };
    const id = await insertArticle(env.db, undated);
    try {
      await insertQuote(env.db, undated, 0, 'Nothing is dated here,', { surface: 'Kaja Kallas', canonical: 'Kaja Kallas', entityId: world.kallas }, 'g-undated');
      const all = await get('/quotes?source=LRT', quotePageSchema);
      expect(all.items.map((q) => [q.article.articleId, q.article.dateKind])).toEqual([[id, 'received']]);
      expect((await get('/quotes?source=LRT&from=2000-01-01', quotePageSchema)).total).toBe(0);
      expect((await get('/quotes?source=LRT&to=2100-01-01', quotePageSchema)).total).toBe(0);
      const grouped = await get('/quotes?group=true&source=LRT', quoteGroupPageSchema);
      expect(grouped.items[0].sources.map((s) => s.dateKind)).toEqual(['received']);
      expect((await get('/quotes?article=' + world.ids.minsk, quotePageSchema)).items[0].article.dateKind).toBe('published');
    } finally {
      await env.db.query(`DELETE FROM article_stages WHERE article_id = $1`, [id]);
      await env.db.query(`DELETE FROM articles WHERE id = $1`, [id]);
      await env.db.query(`DELETE FROM file_ledger WHERE path = '/inbox/undated-quote.txt'`);
    }
  });

  it('sorts by article date, newest first, by default and with sort=date; by relevance with q', async () => {
    const byDate = await get('/quotes', quotePageSchema);
    const dates = byDate.items.map((q) => q.article.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(byDate.items.map((q) => q.article.articleId)).toEqual([world.ids.hostile, world.ids.brussels, world.ids.minskCopy, world.ids.minsk]);
    expect(ids(await get('/quotes?sort=date', quotePageSchema))).toEqual(ids(byDate));
    const pages: string[] = [];
    let cursor: string | null = null;
    do {
      const page: z.infer<typeof quotePageSchema> = await get(`/quotes?q=energy%20OR%20prices&limit=1${cursor ? `&cursor=${cursor}` : ''}`, quotePageSchema);
      pages.push(...ids(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(pages).toHaveLength(2);
    expect(new Set(pages).size).toBe(2);
  });

  it('sort=relevance without q is a 400 that says what to do', async () => {
    const { status, body } = await problem('/quotes?sort=relevance');
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ location: 'query.sort', message: expect.stringMatching(/give q too/) }]);
  });
});

describe('loose name matching', () => {
  it('finds Alexander Lukashenko as "Lukaschenko" and as "Aleksandr Lukashenko"', async () => {
    for (const q of ['Lukaschenko', 'Aleksandr%20Lukashenko', 'lukashenka', 'Alexandr%20Lukashenko']) {
      const page = await get(`/entities?q=${q}`, entityPageSchema);
      expect(ids(page)[0]).toBe(world.lukashenko);
    }
  });

  it('ranks an exact alias before a partial match, even a more mentioned one', async () => {
    const page = await get('/entities?q=Kallas', entityPageSchema);
    expect(ids(page)).toEqual([siimKallas, world.kallas]);
    expect(page.items.map((e) => e.matchedAlias)).toEqual(['Kallas', 'Kaja Kallas']);
    const next = await get(`/entities?q=Kallas&limit=1&cursor=${(await get('/entities?q=Kallas&limit=1', entityPageSchema)).nextCursor}`, entityPageSchema);
    expect(ids(next)).toEqual([world.kallas]);
  });

  it('entity= and speaker= match alike, loosely spelled', async () => {
    const minskArticles = [world.ids.minskCopy, world.ids.minsk];
    for (const name of ['Lukaschenko', 'Aleksandr%20Lukashenko', 'Lukashenko']) {
      expect(ids(await get(`/articles?entity=${name}`, articlePageSchema))).toEqual(minskArticles);
      expect(ids(await get(`/articles?speaker=${name}`, articlePageSchema))).toEqual(minskArticles);
      expect((await get(`/quotes?speaker=${name}`, quotePageSchema)).items.map((q) => q.article.articleId)).toEqual(minskArticles);
    }
    // "Kaja" is the start of a word of one alias: part of a name works for entity= as it did for speaker=.
    expect(ids(await get('/articles?entity=kaja', articlePageSchema))).toEqual([world.ids.hostile, world.ids.brussels]);
    expect(ids(await get('/articles?speaker=kaja', articlePageSchema))).toEqual([world.ids.hostile, world.ids.brussels]);
  });

  it('an exact alias wins over looser matches in a filter', async () => {
    // "Kallas" is exactly Siim Kallas' alias, so entity=Kallas is his article only, not Kaja Kallas' too; speaker= alike.
    expect(ids(await get('/articles?entity=Kallas', articlePageSchema))).toEqual([world.ids.brussels]);
    expect(await get('/quotes?speaker=Kallas', quotePageSchema)).toMatchObject({ items: [], total: 0 });
    expect((await get('/quotes?speaker=Kaja', quotePageSchema)).total).toBe(2);
  });

  it('speaker= still finds a speaker resolved to a name that no entity carries, by part of the name', async () => {
    await env.db.query(`UPDATE quotes SET speaker_entity_id = NULL WHERE group_key = 'g-prices'`);
    try {
      expect((await get('/quotes?speaker=Kallas', quotePageSchema)).items.map((q) => q.groupKey)).toEqual(['g-prices']);
    } finally {
      await env.db.query(`UPDATE quotes SET speaker_entity_id = $1 WHERE group_key = 'g-prices'`, [world.kallas]);
    }
  });

  it('finds nothing for a name like no alias', async () => {
    expect(await get('/articles?entity=Zzyzx%20Qwerty', articlePageSchema)).toMatchObject({ items: [], total: 0 });
    expect(await get('/entities?q=Zzyzx', entityPageSchema)).toMatchObject({ items: [], total: 0 });
  });
});

describe('errors people can read', () => {
  it('a bad date names the parameter, what was given and the accepted formats', async () => {
    const { status, body } = await problem('/articles?from=yesterday');
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ location: 'query.from', message: expect.stringContaining('"yesterday" is not a date') }]);
    expect(body.detail).toMatch(/query\.from: .*ISO 8601 date \(2024-03-01\) or date-time/);
  });

  it.each(['/articles?from=2024-03-05&to=2024-03-01', '/quotes?from=2024-03-02T00:00:00Z&to=2024-03-01', '/stories?from=2024-03-05&to=2024-03-01'])(
    '%s: from later than to is a 400 that says so',
    async (path) => {
      const { status, body } = await problem(path);
      expect(status).toBe(400);
      expect(body.errors?.[0]).toEqual({ location: 'query.from', message: expect.stringMatching(/^from \(.+\) is later than to \(.+\)/) });
    },
  );

  it('the same day as from and to is a whole day, not an error', async () => {
    expect((await get('/articles?from=2024-03-01&to=2024-03-01', articlePageSchema)).total).toBe(2);
  });

  it.each([
    ['PEOPLE', 'PERSON'],
    ['person', 'PERSON'],
    ['Organisation', 'ORG'],
    ['org', 'ORG'],
    ['place', 'LOCATION'],
    ['LOCATION', 'LOCATION'],
  ])('/entities?type=%s lists %s entities', async (given, stored) => {
    const page = await get(`/entities?type=${given}`, entityPageSchema);
    expect(page.items.length).toBeGreaterThan(0);
    expect(page.items.every((e) => e.type === stored)).toBe(true);
  });

  it('an unknown type is a 400 listing the allowed values, not a pattern', async () => {
    const { status, body } = await problem('/entities?type=gods');
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ location: 'query.type', message: '"gods" is not an entity type: use person, organization or location' }]);
  });

  it.each([
    ['/articles?limit=500', 'query.limit', '500 is too large: the most is 100'],
    ['/articles?limit=abc', 'query.limit', 'is not a number'],
    ['/articles?sort=random', 'query.sort', '"random" is not one of date, relevance'],
    ['/quotes?kind=shouted', 'query.kind', '"shouted" is not a quote kind: use direct, partial or indirect (repeat kind or separate kinds with commas)'],
    ['/articles?q=', 'query.q', 'must not be empty'],
    ['/dead-letters?stage=X', 'query.stage', 'a stage name is lower-case letters and hyphens (dedupe, entities, quotes)'],
    ['/stories?q=minsk', 'query.q', 'unknown parameter: this route takes from, to, source, cursor, limit'],
    ['/pipeline/status?verbose=1', 'query.verbose', 'unknown parameter: this route takes none'],
  ])('%s says what is wrong in words', async (path, location, message) => {
    const { status, body } = await problem(path);
    expect(status).toBe(400);
    expect(body.errors).toEqual([{ location, message }]);
  });
});
