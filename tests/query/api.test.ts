import { INestApplication } from '@nestjs/common';
import { connect, headers, NatsConnection } from 'nats';
import { z } from 'zod';
import {
  API_ROUTES,
  articleDetailSchema,
  articlePageSchema,
  deadLetterSubject,
  entityDetailSchema,
  entityPageSchema,
  eventSubject,
  filePageSchema,
  pipelineStatusSchema,
  quoteGroupPageSchema,
  quotePageSchema,
  speakerQuotesSchema,
  storyPageSchema,
} from '@newsflow/contracts';
import { DLQ_HEADERS, deadLetterStreamName } from '@newsflow/messaging';
import { createTestEnv, TestEnv } from '../support/test-env';
import { apiClient } from './api-client';
import { ARTICLES, FixtureArticle, Newsroom, articleId, insertArticle, seedNewsroom } from './newsroom-fixture';
import { startQueryApp } from './query-app';

const API_KEY = 'test-key-123';
let env: TestEnv;
let app: INestApplication;
let base: string;
let world: Newsroom;
let nc: NatsConnection;

beforeAll(async () => {
  env = await createTestEnv({ API_KEY });
  world = await seedNewsroom(env.db);
  ({ app, baseUrl: base } = await startQueryApp(env.config));
  nc = await connect({ servers: env.config.NATS_URL });
});

afterAll(async () => {
  await nc?.close();
  await app?.close();
  await env?.cleanup();
});

const { get, problem } = apiClient(() => base);

const idsOf = (page: { items: Array<{ id: string }> }) => page.items.map((a) => a.id);

describe('GET /articles', () => {
  it('lists newest first with the lead of the body', async () => {
    const page = await get('/articles', articlePageSchema);
    expect(idsOf(page)).toEqual([world.ids.hostile, world.ids.brussels, world.ids.minskCopy, world.ids.minsk]);
    expect(page.nextCursor).toBeNull();
    expect(page.items[3].snippet?.text.startsWith('Lukashenko warns')).toBe(true);
  });

  it('pages with an opaque cursor that stays stable when newer articles arrive', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let inserted = false;
    do {
      const page: z.infer<typeof articlePageSchema> = await get(`/articles?limit=1${cursor ? `&cursor=${cursor}` : ''}`, articlePageSchema);
      seen.push(...idsOf(page));
      cursor = page.nextCursor;
      if (!inserted) {
        await insertArticle(env.db, { name: 'late-breaking', title: 'Late', text: 'Late breaking news about nothing.', source: 'AP', publishedAt: '2024-03-09T00:00:00Z' });
        inserted = true;
      }
    } while (cursor);
    expect(seen).toEqual([world.ids.hostile, world.ids.brussels, world.ids.minskCopy, world.ids.minsk]);
    await env.db.query(`DELETE FROM article_stages WHERE article_id = $1`, [articleId('late-breaking')]);
    await env.db.query(`DELETE FROM articles WHERE id = $1`, [articleId('late-breaking')]);
    await env.db.query(`DELETE FROM file_ledger WHERE path = '/inbox/late-breaking.txt'`);
  });

  it('searches full text, ranked, with highlighted snippets', async () => {
    const page = await get('/articles?q=sanctions', articlePageSchema);
    expect(new Set(idsOf(page))).toEqual(new Set([world.ids.minsk, world.ids.minskCopy]));
    for (const item of page.items) {
      expect(item.rank).toBeGreaterThan(0);
      const marked = item.snippet!.highlights.map((h) => item.snippet!.text.slice(h.start, h.end).toLowerCase());
      expect(marked).toContain('sanctions');
    }
    const byDate = await get('/articles?q=energy&sort=date', articlePageSchema);
    expect(idsOf(byDate)).toEqual([world.ids.hostile, world.ids.brussels]);
  });

  it('highlights a hit deep inside a long article (the snippet window follows the first word that starts with the stem)', async () => {
    const filler = 'The harbour committee reviewed the quarterly accounts line by line. '.repeat(400);
    // "nonairship" holds the stem "airship" but is another word: it must not place the window.
    const text = `Its nonairship hangar stayed empty. ${filler}Then the\n“airships” arrived over the port.`;
    await insertArticle(env.db, { name: 'long-report', title: 'Harbour accounts', text, source: 'AP', publishedAt: '2024-03-01T00:00:00Z' });
    try {
      const page = await get('/articles?q=airship', articlePageSchema);
      expect(idsOf(page)).toEqual([articleId('long-report')]);
      const { text, highlights } = page.items[0].snippet!;
      expect(highlights.map((h) => text.slice(h.start, h.end))).toEqual(['airships']);
    } finally {
      await env.db.query(`DELETE FROM article_stages WHERE article_id = $1`, [articleId('long-report')]);
      await env.db.query(`DELETE FROM articles WHERE id = $1`, [articleId('long-report')]);
      await env.db.query(`DELETE FROM file_ledger WHERE path = '/inbox/long-report.txt'`);
    }
  });

  it('treats a trailing slash as the same route', async () => {
    const plain = await get('/articles?limit=3', articlePageSchema);
    const slashed = await get('/articles/?limit=3', articlePageSchema);
    expect(idsOf(slashed)).toEqual(idsOf(plain));
  });

  it('pages relevance-sorted results without repeats', async () => {
    const first = await get('/articles?q=minsk&limit=2', articlePageSchema);
    const second = await get(`/articles?q=minsk&limit=2&cursor=${first.nextCursor}`, articlePageSchema);
    const all = [...idsOf(first), ...idsOf(second)];
    expect(new Set(all)).toEqual(new Set([world.ids.minsk, world.ids.minskCopy, world.ids.hostile]));
    expect(all).toHaveLength(3);
  });

  it.each([
    ['entity=Aleksandr%20Lukashenka', ['minskCopy', 'minsk']],
    ['entity=lukashenko', ['minskCopy', 'minsk']],
    ['entity=EU', ['brussels', 'minsk']],
    ['entity=european%20union', ['brussels', 'minsk']],
    ['speaker=Lukashenko', ['minskCopy', 'minsk']],
    ['speaker=kallas', ['hostile', 'brussels']],
    ['source=reuters', ['minsk']],
    ['state=duplicate', ['minskCopy']],
    ['from=2024-03-02', ['hostile', 'brussels']],
    ['to=2024-03-01', ['minskCopy', 'minsk']],
    ['from=2024-03-01T11:00:00Z&to=2024-03-02T09:00:00Z', ['brussels', 'minskCopy']],
  ] as Array<[string, Array<keyof Newsroom['ids']>]>)('filters by %s', async (filter, expected) => {
    const page = await get(`/articles?${filter}`, articlePageSchema);
    expect(idsOf(page)).toEqual(expected.map((k) => world.ids[k]));
  });
});

describe('errors are RFC 7807 problems', () => {
  it.each([
    ['/articles?foo=1', 'query.foo'],
    ['/articles?limit=500', 'query.limit'],
    ['/articles?sort=random', 'query.sort'],
    ['/articles?from=yesterday', 'query.from'],
    ['/articles?q=a&q=b', 'query.q'],
    ['/articles/not-an-id', 'path.id'],
    ['/articles/' + 'a'.repeat(32) + '?verbose=1', 'query.verbose'],
    ['/quotes?group=maybe', 'query.group'],
    ['/files?state=lost', 'query.state'],
  ])('%s is rejected naming %s', async (path, location) => {
    const { status, contentType, body } = await problem(path);
    expect(status).toBe(400);
    expect(contentType).toMatch(/^application\/problem\+json/);
    expect(body.errors?.map((e) => e.location)).toContain(location);
    expect(body.detail).toContain(location);
  });

  it('rejects a forged cursor', async () => {
    const forged = Buffer.from(JSON.stringify(['date', 1, 2, 3])).toString('base64url');
    const { status, body } = await problem(`/articles?cursor=${forged}`);
    expect(status).toBe(400);
    expect(body.title).toBe('Invalid cursor');
  });

  it('answers unknown things with 404 problems', async () => {
    for (const path of ['/articles/' + '0'.repeat(32), '/entities/999999', '/speakers/999999/quotes', '/no-such-route']) {
      const { status, contentType } = await problem(path);
      expect(status).toBe(404);
      expect(contentType).toMatch(/^application\/problem\+json/);
    }
  });
});

describe('GET /articles/:id', () => {
  it('returns text, boilerplate, entities, quotes, cluster, ledger and stages with consistent offsets', async () => {
    const a = await get(`/articles/${world.ids.minsk}`, articleDetailSchema);
    const slice = (r: { start: number | null; end: number | null }) => a.text.slice(r.start!, r.end!);
    expect(a.boilerplate.map(slice)).toEqual(['Subscribe to our newsletter for more news.']);
    expect(a.body).not.toContain('Subscribe');
    const luka = a.entities.find((e) => e.entityId === world.lukashenko)!;
    expect(luka.mentions).toHaveLength(3);
    for (const m of luka.mentions) expect(slice(m)).toBe(m.text);
    expect(a.quotes).toHaveLength(1);
    expect(slice(a.quotes[0])).toBe(a.quotes[0].text);
    expect(a.quotes[0].speakerEntityId).toBe(world.lukashenko);
    expect(slice(a.quotes[0].speaker!)).toBe('Lukashenko');
    expect(a.cluster?.rootId).toBe(world.ids.minsk);
    expect(a.cluster?.members.map((m) => [m.id, m.isRoot])).toEqual([[world.ids.minsk, true], [world.ids.minskCopy, false]]);
    expect(a.ledger?.path).toBe('/inbox/minsk.txt');
    expect(a.ledger?.state).toBe('published');
    expect(a.stages.map((s) => s.stage).sort()).toEqual(['dedupe', 'entities', 'quotes']);
  });

  it('shows a duplicate its cluster through its root', async () => {
    const copy = await get(`/articles/${world.ids.minskCopy}`, articleDetailSchema);
    expect(copy.duplicate).toEqual({ of: world.ids.minsk, kind: 'near', similarity: expect.closeTo(0.93, 5) });
    const cluster = await get(`/articles/${world.ids.minskCopy}/duplicates`, z.object({ rootId: z.string(), members: z.array(z.object({ id: z.string() })) }));
    expect(cluster.rootId).toBe(world.ids.minsk);
    expect(cluster.members.map((m) => m.id)).toEqual([world.ids.minsk, world.ids.minskCopy]);
    const lone = await get(`/articles/${world.ids.brussels}`, articleDetailSchema);
    expect(lone.cluster).toBeNull();
  });

  it('lists stories with their outlets', async () => {
    const stories = await get('/stories', storyPageSchema);
    expect(stories.items).toHaveLength(1);
    expect(stories.items[0]).toMatchObject({ rootId: world.ids.minsk, size: 2, sources: ['Reuters', 'BelTA'] });
  });
});

describe('entities', () => {
  it('lists by mentions and finds entities by any alias', async () => {
    const all = await get('/entities', entityPageSchema);
    expect(all.items[0]).toMatchObject({ id: world.lukashenko, mentions: 4, articles: 2 });
    const byAlias = await get('/entities?q=lukashenka', entityPageSchema);
    expect(byAlias.items.map((e) => [e.id, e.matchedAlias])).toEqual([[world.lukashenko, 'Aleksandr Lukashenka']]);
    const people = await get('/entities?type=PERSON&limit=1', entityPageSchema);
    const more = await get(`/entities?type=PERSON&limit=1&cursor=${people.nextCursor}`, entityPageSchema);
    expect([...idsOf(people), ...idsOf(more)]).toEqual([world.lukashenko, world.kallas]);
    expect(more.nextCursor).toBeNull();
  });

  it('describes one entity: aliases with reasons, timeline, co-occurrence, articles', async () => {
    const e = await get(`/entities/${world.lukashenko}`, entityDetailSchema);
    expect(e.aliases.map((a) => a.alias).sort()).toEqual(['Aleksandr Lukashenka', 'Alexander Lukashenko', 'Lukashenko']);
    expect(e.aliases.find((a) => a.alias === 'Aleksandr Lukashenka')?.reason).toMatch(/transliteration/);
    expect(e.timeline).toEqual([{ day: '2024-03-01', mentions: 4, articles: 2 }]);
    expect(e.cooccurring.map((c) => [c.id, c.articles])).toEqual([[world.minsk, 2], [world.eu, 1]]);
    expect(e.articles.map((a) => a.id)).toEqual([world.ids.minskCopy, world.ids.minsk]);
    expect(e.quoteCount).toBe(2);
    const co = await get(`/entities/${world.minsk}/cooccurrence?type=PERSON`, z.object({ entityId: z.string(), items: z.array(z.object({ id: z.string(), articles: z.number() })) }));
    expect(co.items.map((c) => [c.id, c.articles])).toEqual([[world.lukashenko, 2], [world.kallas, 1]]);
  });
});

describe('quotes', () => {
  it('finds quotes by any alias of the speaker, by text and by article', async () => {
    const bySpeaker = await get('/quotes?speaker=Lukashenko', quotePageSchema);
    expect(bySpeaker.items.map((q) => q.article.articleId).sort()).toEqual([world.ids.minsk, world.ids.minskCopy].sort());
    expect((await get('/quotes?speaker=Aleksandr%20Lukashenka', quotePageSchema)).items).toHaveLength(2);
    const byText = await get('/quotes?q=prices', quotePageSchema);
    expect(byText.items.map((q) => q.speakerCanonical)).toEqual(['Kaja Kallas']);
    expect((await get(`/quotes?article=${world.ids.hostile}`, quotePageSchema)).items[0].text).toContain('<b>tags</b>');
    const onSecondMarch = await get('/quotes?from=2024-03-02&to=2024-03-02', quotePageSchema);
    expect(onSecondMarch.items.map((q) => [q.article.title, q.article.source, q.article.date])).toEqual([
      [ARTICLES.brussels.title, 'AP', '2024-03-02T09:00:00.000Z'],
    ]);
  });

  it('groups each statement once with all its sources', async () => {
    const grouped = await get('/quotes?speaker=Lukashenko&group=true', quoteGroupPageSchema);
    expect(grouped.items).toHaveLength(1);
    expect(grouped.items[0]).toMatchObject({ groupKey: 'g-sovereignty', count: 2, speakerEntityId: world.lukashenko });
    expect(grouped.items[0].sources.map((s) => [s.source, s.title, s.date])).toEqual([
      ['Reuters', ARTICLES.minsk.title, '2024-03-01T10:00:00.000Z'],
      ['BelTA', ARTICLES.minskCopy.title, '2024-03-01T12:00:00.000Z'],
    ]);
    const all = await get('/quotes?group=true&limit=2', quoteGroupPageSchema);
    const rest = await get(`/quotes?group=true&limit=2&cursor=${all.nextCursor}`, quoteGroupPageSchema);
    expect([...all.items, ...rest.items].map((g) => [g.groupKey, g.count])).toEqual([['g-tags', 1], ['g-prices', 1], ['g-sovereignty', 2]]);
    const speaker = await get(`/speakers/${world.kallas}/quotes?limit=1`, speakerQuotesSchema);
    expect(speaker.speaker.canonical).toBe('Kaja Kallas');
    const more = await get(`/speakers/${world.kallas}/quotes?limit=1&cursor=${speaker.nextCursor}`, speakerQuotesSchema);
    expect([...speaker.items, ...more.items].map((g) => g.groupKey)).toEqual(['g-tags', 'g-prices']);
  });
});

describe('request metrics', () => {
  it('counts answered requests per route pattern and status in /metrics', async () => {
    const count = async (route: string, status: string) => {
      const text = await (await fetch(`${base}/metrics`)).text();
      const line = text.split('\n').find((l) => l.startsWith(`newsflow_http_request_duration_seconds_count{method="GET",route="${route}",status="${status}"}`));
      return line ? Number(line.split(' ').pop()) : 0;
    };
    const before = await count('/speakers/:id/quotes', '200');
    await get(`/speakers/${world.kallas}/quotes?limit=1`, speakerQuotesSchema);
    await get(`/speakers/${world.lukashenko}/quotes?limit=1`, speakerQuotesSchema);
    expect(await count('/speakers/:id/quotes', '200')).toBe(before + 2);
    const missing = await count('/speakers/:id/quotes', '404');
    const unknown = await fetch(`${base}/speakers/999999/quotes`);
    await unknown.text(); // an unread body keeps the socket open after the tests end
    expect(unknown.status).toBe(404);
    expect(await count('/speakers/:id/quotes', '404')).toBe(missing + 1);
  });
});

describe('files and pipeline', () => {
  it('lists the ledger with states and reasons', async () => {
    const rejected = await get('/files?state=rejected', filePageSchema);
    expect(rejected.items.map((f) => [f.path, f.reason])).toEqual([['/inbox/photo.jpg', 'binary content (JPEG signature)']]);
    const feed = await get('/files?path=FEED', filePageSchema);
    expect(feed.items[0].rejections).toEqual([{ recordIndex: 3, reason: 'record has no text', code: 'empty' }]);
    expect((await get('/files', filePageSchema)).items).toHaveLength(Object.keys(ARTICLES).length + 2);
  });

  it('reports stage lag, throughput, article and file states, and rejections', async () => {
    const status = await get('/pipeline/status', pipelineStatusSchema);
    expect(status.stages.map((s) => s.stage)).toEqual(['dedupe', 'entities', 'quotes']);
    expect(status.stages.every((s) => s.doneLastMinute === Object.keys(ARTICLES).length)).toBe(true);
    expect(status.articles).toEqual({ completed: 3, duplicate: 1 });
    expect(status.files).toEqual({ published: 5, rejected: 1 });
    expect(status.recentRejections.map((r) => r.path)).toEqual(['/inbox/feed.jsonl', '/inbox/photo.jpg']);
  });

  it('lists dead letters and replays one only with the API key', async () => {
    const payload = { v: 1, articleId: world.ids.brussels };
    const h = headers();
    h.set(DLQ_HEADERS.reason, 'payload failed its schema');
    h.set(DLQ_HEADERS.stage, 'entities');
    h.set(DLQ_HEADERS.subject, eventSubject(env.config.SUBJECT_PREFIX, 'accepted'));
    h.set(DLQ_HEADERS.deliveries, '1');
    h.set(DLQ_HEADERS.articleId, world.ids.brussels);
    const js = nc.jetstream();
    const ack = await js.publish(deadLetterSubject(env.config.SUBJECT_PREFIX, 'entities'), new TextEncoder().encode(JSON.stringify(payload)), { headers: h });

    const listed = await get('/dead-letters?stage=entities', z.object({ items: z.array(z.object({ id: z.string(), reason: z.string() })), counts: z.record(z.string(), z.number()) }));
    expect(listed.items).toEqual([expect.objectContaining({ id: String(ack.seq), reason: 'payload failed its schema' })]);
    expect(listed.counts).toEqual({ entities: 1 });
    expect((await get('/pipeline/status', pipelineStatusSchema)).stages.find((s) => s.stage === 'entities')?.deadLetters).toBe(1);

    const denied = await problem(`/dead-letters/${ack.seq}/replay`, { method: 'POST' });
    expect(denied.status).toBe(401);
    const wrong = await problem(`/dead-letters/${ack.seq}/replay`, { method: 'POST', headers: { 'X-API-Key': 'nope' } });
    expect(wrong.status).toBe(401);
    const json = { 'X-API-Key': API_KEY, 'Content-Type': 'application/json' };
    const malformed = await problem(`/dead-letters/${ack.seq}/replay`, { method: 'POST', headers: json, body: '{not json' });
    expect(malformed).toMatchObject({ status: 400, body: { detail: expect.stringMatching(/not valid JSON/) } });
    // A JSON content type with no body at all, as `curl -X POST -H 'Content-Type: application/json'` sends.
    const res = await fetch(`${base}/dead-letters/${ack.seq}/replay`, { method: 'POST', headers: json });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ replayed: 1, items: [{ articleId: world.ids.brussels, stage: 'entities' }] });
    const jsm = await nc.jetstreamManager();
    expect((await jsm.streams.info(deadLetterStreamName(env.config.STREAM_NAME))).state.messages).toBe(0);
    const republished = await jsm.streams.getMessage(env.config.STREAM_NAME, { last_by_subj: eventSubject(env.config.SUBJECT_PREFIX, 'accepted') });
    expect(JSON.parse(new TextDecoder().decode(republished.data))).toEqual(payload);
    const again = await problem(`/dead-letters/${ack.seq}/replay`, { method: 'POST', headers: { 'X-API-Key': API_KEY } });
    expect(again.status).toBe(404);
    const all = await fetch(`${base}/dead-letters/replay-all`, { method: 'POST', headers: { 'X-API-Key': API_KEY } });
    expect(await all.json()).toEqual({ replayed: 0, items: [] });
  });
});

describe('OpenAPI', () => {
  it('documents every route with parameters generated from the validating schemas', async () => {
    const doc = (await (await fetch(`${base}/docs-json`)).json()) as { paths: Record<string, Record<string, { parameters: Array<{ name: string; in: string }> }>> };
    for (const route of Object.values(API_ROUTES)) {
      const op = doc.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method];
      expect(op).toBeDefined();
      const documented = op.parameters.filter((p) => p.in === 'query').map((p) => p.name).sort();
      expect(documented).toEqual(Object.keys(route.query.shape).sort());
    }
    const ui = await fetch(`${base}/docs`);
    expect(ui.status).toBe(200);
    expect(await ui.text()).toContain('swagger');
  });
});
