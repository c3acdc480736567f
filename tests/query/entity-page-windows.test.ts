import { COOCCURRENCE_WINDOW } from '@newsflow/contracts';
import { EntityQueries } from '@newsflow/persistence';
import { createTestEnv, TestEnv } from '../support/test-env';

/**
 * An entity in more articles than COOCCURRENCE_WINDOW: its timeline and article count cover every article,
 * its co-occurrence only the newest ones. Articles are dated one minute apart, the oldest first.
 */
const ARTICLES = COOCCURRENCE_WINDOW + 500;

let env: TestEnv;

beforeAll(async () => {
  env = await createTestEnv();
  await env.db.query(`INSERT INTO entities (id, canonical, type) VALUES (1, 'Common Name', 'PERSON'), (2, 'Old Partner', 'PERSON'), (3, 'New Partner', 'ORG')`);
  await env.db.query(
    `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, title, text, body, published_at, body_hash, state, dropped_at)
     SELECT md5('w' || i), md5('f' || i) || md5('g' || i), 0, 'w-' || i || '.txt', 'txt', 'utf-8', 'Report ' || i, 'x', 'x',
            timestamptz '2024-01-01' + (i || ' minutes')::interval, md5('b' || i) || md5('c' || i), 'completed', now()
     FROM generate_series(1, $1) i`,
    [ARTICLES],
  );
  // Every article mentions entity 1 twice; entity 2 the oldest 600 articles, entity 3 the newest 50.
  await env.db.query(
    `INSERT INTO mentions (article_id, entity_id, text, type, start_offset, end_offset, canonical)
     SELECT md5('w' || i), 1, 'Common', 'PERSON', k, k + 1, 'Common Name' FROM generate_series(1, $1) i, generate_series(0, 1) k
     UNION ALL SELECT md5('w' || i), 2, 'Old', 'PERSON', 10, 11, 'Old Partner' FROM generate_series(1, 600) i
     UNION ALL SELECT md5('w' || i), 3, 'New', 'ORG', 20, 21, 'New Partner' FROM generate_series($1 - 49, $1) i`,
    [ARTICLES],
  );
});

afterAll(() => env?.cleanup());

it('counts the timeline over every article but co-occurrence over the newest COOCCURRENCE_WINDOW only', async () => {
  const page = (await new EntityQueries(env.db).detail('1', {}))!;
  expect(page.timeline.reduce((sum, day) => sum + day.articles, 0)).toBe(ARTICLES);
  expect(page.timeline.reduce((sum, day) => sum + day.mentions, 0)).toBe(2 * ARTICLES);
  // Entity 2's 600 articles are the oldest: only those among the newest COOCCURRENCE_WINDOW count.
  const shared = 600 - (ARTICLES - COOCCURRENCE_WINDOW);
  expect(page.cooccurring.map((c) => [c.canonical, c.articles])).toEqual([
    ['Old Partner', shared],
    ['New Partner', 50],
  ]);
  expect(page.articles.map((a) => a.title)).toEqual(Array.from({ length: 20 }, (_, i) => `Report ${ARTICLES - i}`));
});

it('keeps the newest articles and the timeline to a date range', async () => {
  const page = (await new EntityQueries(env.db).detail('1', { from: '2024-01-01T00:00:00Z', to: '2024-01-01T00:10:00Z' }))!;
  expect(page.timeline).toEqual([{ day: '2024-01-01', mentions: 20, articles: 10 }]);
  expect(page.articles.map((a) => a.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Report ${10 - i}`));
});
