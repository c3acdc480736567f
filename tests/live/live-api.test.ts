import { mkdirSync } from 'node:fs';
import { connect, NatsConnection } from 'nats';
import { AppProcess, startApps } from '../support/app-process';
import { TestEnv, createTestEnv, freePort, waitFor } from '../support/test-env';
import { LIVE_ARTICLES, dropArticle } from './live-articles';
import { SseStream } from './sse-stream';
import { WebhookReceiver } from './webhook-receiver';

const API_KEY = 'live-test-key';
const MAX_DELIVER = 3;

type Watch = {
  id: string;
  name: string;
  speaker: { given: string; entities: Array<{ id: string; canonical: string }> } | null;
  entity: { given: string; entities: Array<{ id: string; canonical: string }> } | null;
  q: string | null;
  webhook: string | null;
  delivery: { delivered: number; lastDeliveredAt: string | null; failures: number; recentFailures: Array<{ eventId: string; attempt: number; status: number | null; gaveUp: boolean }> } | null;
};
type ArticleEvent = { type: 'article'; id: string; watches: string[]; quotes: number; article: { id: string; path: string; title: string } };
type QuoteEvent = { type: 'quote'; id: string; watches: string[]; quote: { id: string; text: string; speakerCanonical: string | null; article: { articleId: string } } };
type LiveEvent = ArticleEvent | QuoteEvent;

let t: TestEnv;
let apps: AppProcess[];
let nc: NatsConnection;
const ok = new WebhookReceiver(() => 200);
const flaky = new WebhookReceiver((_post, earlier) => (earlier.length === 0 ? 500 : 204));
const dead = new WebhookReceiver(() => 503);
const streams: SseStream[] = [];
const watches: Record<'luka' | 'zebra' | 'flaky' | 'dead', Watch> = {} as never;
let lukaArticleId: string;
let lukaEvents: LiveEvent[];

const base = () => `http://127.0.0.1:${t.env.QUERY_PORT}`;
async function call(method: string, path: string, body?: unknown, key: string | null = API_KEY): Promise<{ status: number; json: any }> {
  const headers: Record<string, string> = body === undefined ? {} : { 'content-type': 'application/json' };
  if (key) headers['x-api-key'] = key;
  const res = await fetch(`${base()}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : null };
}
const listWatches = async () => (await call('GET', '/watches')).json.items as Watch[];
const open = async (path: string) => {
  const stream = await SseStream.open(`${base()}${path}`);
  streams.push(stream);
  return stream;
};
/** Ephemeral consumers on the pipeline stream: the live feeds of query processes with listeners. */
const liveFeeds = async () => {
  const jsm = await nc.jetstreamManager();
  const names: string[] = [];
  for await (const c of jsm.consumers.list(t.config.STREAM_NAME)) if (!c.config.durable_name) names.push(c.name);
  return names;
};

beforeAll(async () => {
  t = await createTestEnv({ API_KEY, MAX_DELIVER: String(MAX_DELIVER) });
  mkdirSync(t.inbox, { recursive: true });
  await Promise.all([ok.start(), flaky.start(), dead.start()]);
  nc = await connect({ servers: t.env.NATS_URL });
  // Two query replicas: the webhook consumers are shared, so each match is still POSTed once.
  apps = await startApps(['dedupe', 'entities', 'quotes', 'query', 'watcher'], t.env);
  apps.push(await new AppProcess('query', { ...t.env, QUERY_PORT: String(await freePort()) }).start());
});

afterAll(async () => {
  for (const s of streams) s.close();
  await Promise.all((apps ?? []).map((a) => a.stop()));
  await Promise.all([ok.stop(), flaky.stop(), dead.stop()]);
  await nc?.close();
  await t?.cleanup();
});

describe('watches', () => {
  it('validates, needs the API key to change, lists and deletes', async () => {
    expect((await call('POST', '/watches', { name: 'x', q: 'y' }, null)).status).toBe(401);
    const invalid = async (body: unknown) => {
      const res = await call('POST', '/watches', body);
      expect(res.status).toBe(400);
      return (res.json.errors as Array<{ location: string; message: string }>).map((e) => `${e.location}: ${e.message}`).join('; ');
    };
    expect(await invalid({ name: 'nothing followed' })).toMatch(/at least one of speaker, entity or q/);
    expect(await invalid({ name: 'ftp', q: 'x', webhook: 'ftp://example.com/hook' })).toMatch(/body\.webhook: the webhook must be an http\(s\) URL/);
    expect(await invalid({ name: 'bad', q: 'x', colour: 'red' })).toMatch(/body\.colour: unknown parameter/);
    expect(await invalid({ name: '', q: 'x' })).toMatch(/body\.name/);
    expect(await invalid({ name: 'no such id', speaker: '987654' })).toBe('body.speaker: no entity has the id 987654');
    expect((await call('POST', '/watches', 'not an object')).status).toBe(400);

    const created = await call('POST', '/watches', { name: 'temporary', q: 'anything' });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: 'temporary', q: 'anything', speaker: null, entity: null, webhook: null, delivery: null });
    expect((await listWatches()).map((w) => w.id)).toEqual([created.json.id]);
    expect((await call('DELETE', `/watches/${created.json.id}`, undefined, null)).status).toBe(401);
    expect((await call('DELETE', `/watches/${created.json.id}`)).status).toBe(204);
    expect((await call('DELETE', `/watches/${created.json.id}`)).status).toBe(404);
    expect(await listWatches()).toEqual([]);
  });

  it('follows names not seen yet, and keeps webhook secrets out of the listing', async () => {
    const create = async (body: object) => {
      const res = await call('POST', '/watches', body);
      expect(res.status).toBe(201);
      return res.json as Watch;
    };
    watches.luka = await create({ name: 'Lukashenko says', speaker: 'Lukashenko', webhook: ok.url });
    watches.zebra = await create({ name: 'Zebras', q: 'zebra' });
    watches.flaky = await create({ name: 'About Lukashenko', entity: 'Alexander Lukashenko', webhook: flaky.url });
    watches.dead = await create({ name: 'Sovereignty', speaker: 'Lukashenko', q: 'sovereignty', webhook: dead.url });
    expect(watches.luka.speaker).toEqual({ given: 'Lukashenko', entities: [] });
    expect(watches.flaky.entity).toEqual({ given: 'Alexander Lukashenko', entities: [] });
    expect(watches.luka.webhook).toBe(ok.url.replace('?token=secret', ''));
    expect(watches.luka.delivery).toEqual({ delivered: 0, lastDeliveredAt: null, failures: 0, recentFailures: [] });
    expect(watches.zebra.delivery).toBeNull();
  });
});

describe('OpenAPI', () => {
  it('documents the watch body, the 201 and 204 answers and the event stream', async () => {
    const doc = (await (await fetch(`${base()}/docs-json`)).json()) as { paths: Record<string, Record<string, any>> };
    const create = doc.paths['/watches'].post;
    expect(Object.keys(create.requestBody.content['application/json'].schema.properties).sort()).toEqual(['entity', 'name', 'q', 'speaker', 'webhook']);
    expect(Object.keys(create.responses)).toEqual(expect.arrayContaining(['201', '400', '401']));
    expect(create.security).toEqual([{ apiKey: [] }]);
    expect(Object.keys(doc.paths['/watches/{id}'].delete.responses)).toEqual(expect.arrayContaining(['204', '401', '404']));
    const events = doc.paths['/events'].get;
    expect(Object.keys(events.responses['200'].content)).toEqual(['text/event-stream']);
    expect(JSON.stringify(events.responses['200'].content['text/event-stream'].schema)).toContain('"quote"');
  });
});

describe('GET /events', () => {
  it('refuses an unknown or malformed watch', async () => {
    expect((await fetch(`${base()}/events?watch=424242`)).status).toBe(404);
    expect((await fetch(`${base()}/events?watch=abc`)).status).toBe(400);
  });

  it('streams the article, then its quotes, as an inbox file completes; a watch filter passes only its matches', async () => {
    const all = await open('/events');
    const luka = await open(`/events?watch=${watches.luka.id}`);
    const zebra = await open(`/events?watch=${watches.zebra.id}`);
    expect(all.response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    await all.next('the stream to open', () => all.messages.length > 0);
    expect(all.messages[0].retry).toBeGreaterThan(0);
    expect(await liveFeeds()).toHaveLength(1);
    expect(await counted('newsflow_live_clients')).toBe(3);

    const file = dropArticle(t.inbox, LIVE_ARTICLES.lukashenko);
    // The interface: an event naming the article arrives within 5 s of the drop.
    const article = await all.next('the article event', (events) => events.find((e) => e.type === 'article' && (e as ArticleEvent).article.path === file) as ArticleEvent | undefined, 5000);
    lukaArticleId = article.article.id;
    expect(article.article.title).toBe('Lukashenko vows to defend sovereignty');
    const stored = (await call('GET', `/quotes?article=${lukaArticleId}&limit=100`)).json.items as Array<{ id: string }>;
    expect(stored.length).toBeGreaterThan(0);
    expect(article.quotes).toBe(stored.length);
    const quotes = await all.next('a quote event per stored quote', (events) => {
      const q = events.filter((e) => e.type === 'quote') as QuoteEvent[];
      return q.length === stored.length ? q : null;
    });
    expect(quotes.map((q) => q.quote.id).sort()).toEqual(stored.map((q) => q.id).sort());
    for (const q of quotes) {
      expect(q.quote.article.articleId).toBe(lukaArticleId);
      expect(q.id).toBe(`${article.id}.${q.quote.id}`);
    }
    // Each message's id: field is its event id, in stream order: the article first.
    const sent = all.messages.filter((m) => m.data);
    expect(sent.map((m) => m.id)).toEqual([article.id, ...quotes.map((q) => q.id)]);
    expect(sent.map((m) => m.event)).toEqual(['article', ...quotes.map(() => 'quote')]);

    // The speaker watch: the article (it quotes him) and the quotes he said.
    lukaEvents = await luka.next('the watch to see the article and his quotes', (events) => {
      const said = quotes.filter((q) => q.quote.speakerCanonical === 'Alexander Lukashenko');
      return events.length === 1 + said.length ? (events as LiveEvent[]) : null;
    });
    expect(said(quotes).length).toBeGreaterThan(0);
    expect(lukaEvents.map((e) => e.id)).toEqual([article.id, ...said(quotes).map((q) => q.id)]);
    for (const e of lukaEvents) expect(e.watches).toContain(watches.luka.id);

    // The zebra watch saw none of that: the first thing it receives is the zebra story.
    const zebraFile = dropArticle(t.inbox, LIVE_ARTICLES.zebra);
    const first = await zebra.next('the zebra article', (events) => events[0] as LiveEvent | undefined);
    expect(first.type).toBe('article');
    expect((first as ArticleEvent).article.path).toBe(zebraFile);
    await all.next('the zebra article on the unfiltered stream', (events) => events.some((e) => e.type === 'article' && (e as ArticleEvent).article.path === zebraFile));
    const zebraQuotes = await zebra.next('its quotes that say zebra', (events) => {
      const q = events.filter((e) => e.type === 'quote') as QuoteEvent[];
      return q.length > 0 ? q : null;
    });
    for (const q of zebraQuotes) expect(q.quote.text.toLowerCase()).toContain('zebra');
    expect(luka.events().length).toBe(lukaEvents.length);

    for (const s of [all, luka, zebra]) s.close();
    await waitFor('the live feed to stop once its last listener left', async () => (await liveFeeds()).length === 0, 10_000);
    expect(await counted('newsflow_live_clients')).toBe(0);
  });
});

describe('GET /events while nothing completes', () => {
  it('sends a heartbeat comment every 15 s, so proxies and clients keep the connection', async () => {
    const idle = await open('/events');
    const comment = await idle.next('a heartbeat', () => idle.messages.flatMap((m) => m.comments).find((c) => c.startsWith('heartbeat ')), 20_000);
    expect(Number.isNaN(Date.parse(comment.slice('heartbeat '.length)))).toBe(false);
    expect(idle.events()).toEqual([]);
    idle.close();
  });
});

/** A series summed over the query replicas' /metrics. */
async function counted(series: string): Promise<number> {
  const texts = await Promise.all(apps.filter((a) => a.name === 'query').map(async (a) => (await fetch(`http://127.0.0.1:${a.port}/metrics`)).text()));
  return texts.reduce((sum, text) => sum + Number(text.split('\n').find((l) => l.startsWith(`${series} `))?.split(' ')[1] ?? 0), 0);
}

function said(quotes: QuoteEvent[]): QuoteEvent[] {
  return quotes.filter((q) => q.quote.speakerCanonical === 'Alexander Lukashenko');
}

describe('webhooks', () => {
  it('POSTs each match once across two replicas, retries a failing hook with growing delays, and lists the failures', async () => {
    const expected = lukaEvents.map((e) => e.id);
    await waitFor('every match at the working hook', async () => new Set(ok.posts.map((p) => p.body.id)).size === expected.length, 20_000);
    const deadMatches = await waitFor('the dead hook to be given up on', async () => {
      const w = (await listWatches()).find((x) => x.id === watches.dead.id)!;
      const gaveUp = w.delivery!.recentFailures.filter((f) => f.gaveUp);
      return gaveUp.length > 0 && w.delivery!.failures === gaveUp.length * MAX_DELIVER ? w : null;
    }, 30_000);
    const flakyWatch = await waitFor('the flaky hook to get every match on its second try', async () => {
      const w = (await listWatches()).find((x) => x.id === watches.flaky.id)!;
      return w.delivery!.delivered > 0 && w.delivery!.delivered === w.delivery!.failures ? w : null;
    }, 30_000);

    // The working hook: each match once, with the watch, the event and its article or quote.
    expect(ok.posts.map((p) => p.body.id).sort()).toEqual([...expected].sort());
    for (const p of ok.posts) {
      expect(p.body.watch).toEqual({ id: watches.luka.id, name: 'Lukashenko says' });
      expect(p.body.event === 'article' ? p.body.article?.id : p.body.quote?.id).toBeTruthy();
    }
    const okWatch = (await listWatches()).find((w) => w.id === watches.luka.id)!;
    expect(okWatch.delivery).toMatchObject({ delivered: expected.length, failures: 0, recentFailures: [] });
    expect(okWatch.delivery!.lastDeliveredAt).not.toBeNull();
    expect(okWatch.speaker!.entities.map((e) => e.canonical)).toEqual(['Alexander Lukashenko']);
    expect(flakyWatch.entity!.entities.map((e) => e.canonical)).toEqual(['Alexander Lukashenko']);

    // The flaky hook: every match failed once (500) and was delivered on the retry.
    const byEvent = new Map<string, number[]>();
    for (const p of flaky.posts) byEvent.set(p.body.id, [...(byEvent.get(p.body.id) ?? []), p.answered]);
    expect([...byEvent.values()].every((answers) => answers.join() === '500,204')).toBe(true);
    expect(byEvent.has(lukaEvents[0].id)).toBe(true);
    expect(flakyWatch.delivery!.delivered).toBe(byEvent.size);
    expect(flakyWatch.delivery!.recentFailures.every((f) => f.status === 500 && f.attempt === 1 && !f.gaveUp)).toBe(true);

    // The dead hook: MAX_DELIVER attempts per match, further apart each time, the last one marked.
    const attempts = new Map<string, number>();
    for (const p of dead.posts) attempts.set(p.body.id, (attempts.get(p.body.id) ?? 0) + 1);
    expect([...attempts.values()].every((n) => n === MAX_DELIVER)).toBe(true);
    expect(deadMatches.delivery!.delivered).toBe(0);
    const last = deadMatches.delivery!.recentFailures[0];
    expect(last).toMatchObject({ status: 503, attempt: MAX_DELIVER, gaveUp: true });
    expect(attempts.has(last.eventId)).toBe(true);
    // The replicas' metrics add up to what the hooks saw.
    const posts = await Promise.all(['delivered', 'failed', 'gave_up'].map((outcome) => counted(`newsflow_webhook_posts_total{outcome="${outcome}"}`)));
    const answered = [...ok.posts, ...flaky.posts, ...dead.posts];
    expect(posts).toEqual([answered.filter((p) => p.answered < 300).length, flaky.posts.length / 2 + dead.posts.length - attempts.size, attempts.size]);
    const times = dead.posts.filter((p) => p.body.id === last.eventId).map((p) => p.at);
    const base = Number(t.env.BACKOFF_BASE_MS);
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(base * 0.9);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(base * 2 * 0.9);
  });

});
