import { INestApplication } from '@nestjs/common';
import { z } from 'zod';
import { articleDetailSchema, articlePageSchema, entityDetailSchema } from '@newsflow/contracts';
import { createTestEnv, TestEnv } from '../support/test-env';
import { FixtureArticle, articleId, insertArticle, insertEntity, insertMention } from './newsroom-fixture';
import { startQueryApp } from './query-app';

let env: TestEnv;
let app: INestApplication;
let base: string;
let entityId: string;

const DATED: FixtureArticle = {
  name: 'dated-near-midnight',
  title: 'Council passes the budget',
  text: 'Council passes the budget\n\nThe Minsk council passed the budget just after midnight.\n',
  source: 'City Post',
  publishedAt: '2021-11-15T00:20:00.000+02:00',
};
const OLDER: FixtureArticle = {
  name: 'dated-older',
  title: 'Budget talks begin',
  text: 'Budget talks begin\n\nTalks on the Minsk budget began on Monday.\n',
  source: 'City Post',
  publishedAt: '2021-11-01T09:00:00Z',
};
const UNDATED: FixtureArticle = {
  name: 'undated',
  title: 'Budget reactions',
  text: 'Budget reactions\n\nMinsk residents reacted to the budget.\n',
  source: 'City Post',
  publishedAt: null,
};

async function get<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  const res = await fetch(base + path);
  const body = await res.json();
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
  return schema.parse(body);
}

beforeAll(async () => {
  env = await createTestEnv();
  for (const article of [DATED, OLDER, UNDATED]) await insertArticle(env.db, article);
  // The dedupe stage stores the offset the page wrote its date in beside the instant.
  await env.db.query(`UPDATE articles SET published_offset_minutes = 120 WHERE id = $1`, [articleId(DATED.name)]);
  entityId = await insertEntity(env.db, 'Minsk', 'LOCATION');
  for (const article of [DATED, OLDER, UNDATED]) await insertMention(env.db, article, entityId, 'Minsk', 'LOCATION', 'Minsk');
  ({ app, baseUrl: base } = await startQueryApp(env.config));
});

afterAll(async () => {
  await app?.close();
  await env?.cleanup();
});

describe('undated articles stay undated', () => {
  it('sorts an undated article after the dated ones, not as the newest', async () => {
    const page = await get('/articles', articlePageSchema);
    expect(page.items.map((a) => a.id)).toEqual([DATED, OLDER, UNDATED].map((a) => articleId(a.name)));
  });

  it('says "received" with the received time for an undated article', async () => {
    const page = await get('/articles', articlePageSchema);
    const undated = page.items[2];
    expect(undated).toMatchObject({ dateKind: 'received', publishedAt: null, publishedOffsetMinutes: null, date: undated.receivedAt });
    const detail = await get(`/articles/${articleId(UNDATED.name)}`, articleDetailSchema);
    expect(detail).toMatchObject({ dateKind: 'received', publishedAt: null, date: detail.receivedAt });
  });

  it('gives a dated article its publication date in the page’s own offset, keeping its calendar day', async () => {
    const detail = await get(`/articles/${articleId(DATED.name)}`, articleDetailSchema);
    expect(detail).toMatchObject({ dateKind: 'published', publishedAt: '2021-11-15T00:20:00.000+02:00', publishedOffsetMinutes: 120, date: '2021-11-15T00:20:00.000+02:00' });
    expect(new Date(detail.publishedAt!).toISOString()).toBe('2021-11-14T22:20:00.000Z');
  });

  it('leaves undated articles out of date ranges', async () => {
    const until = await get('/articles?to=2100-01-01', articlePageSchema);
    expect(until.items.map((a) => a.id)).not.toContain(articleId(UNDATED.name));
    const since = await get('/articles?from=2000-01-01', articlePageSchema);
    expect(since.items.map((a) => a.id)).toHaveLength(2);
  });

  it('pages past the undated articles with the cursor', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: z.infer<typeof articlePageSchema> = await get(`/articles?limit=1${cursor ? `&cursor=${cursor}` : ''}`, articlePageSchema);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([DATED, OLDER, UNDATED].map((a) => articleId(a.name)));
  });

  it('keeps undated articles off the entity timeline and lists them last', async () => {
    const entity = await get(`/entities/${entityId}`, entityDetailSchema);
    expect(entity.timeline.map((t) => t.day)).toEqual(['2021-11-01', '2021-11-15']);
    expect(entity.articles.map((a) => a.id)).toEqual([DATED, OLDER, UNDATED].map((a) => articleId(a.name)));
    expect(entity.articles[2].dateKind).toBe('received');
  });
});
