import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { nameSearchKey } from '@newsflow/nlp';
import { aliasKey } from '@newsflow/persistence';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
export const articleId = (name: string) => sha(`article:${name}`).slice(0, 32);

export interface FixtureArticle {
  name: string;
  title: string;
  text: string;
  boilerplate?: string[];
  source: string | null;
  publishedAt: string | null;
  state?: 'accepted' | 'duplicate' | 'completed';
  duplicateOf?: string;
}

/** Stores an article row as the dedupe stage would; boilerplate is given as substrings of the text. */
export async function insertArticle(db: DataSource, a: FixtureArticle): Promise<string> {
  const id = articleId(a.name);
  const ranges = (a.boilerplate ?? []).map((piece) => {
    const start = a.text.indexOf(piece);
    if (start < 0) throw new Error(`boilerplate “${piece}” is not in ${a.name}`);
    return { start, end: start + piece.length };
  });
  let body = a.text;
  for (const piece of a.boilerplate ?? []) body = body.replace(piece, '');
  const path = `/inbox/${a.name}.txt`;
  const fileHash = sha(a.text);
  await db.query(
    `INSERT INTO articles (id, file_hash, record_index, path, format, encoding, title, text, body, boilerplate, source, published_at, body_hash,
       state, duplicate_of, similarity, duplicate_kind, dropped_at)
     VALUES ($1, $2, 0, $3, 'txt', 'utf-8', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, now())`,
    [
      id, fileHash, path, a.title, a.text, body.trim(), JSON.stringify(ranges), a.source, a.publishedAt, sha(body),
      a.state ?? (a.duplicateOf ? 'duplicate' : 'completed'),
      a.duplicateOf ? articleId(a.duplicateOf) : null, a.duplicateOf ? 0.93 : null, a.duplicateOf ? 'near' : null,
    ],
  );
  await db.query(
    `INSERT INTO file_ledger (path, size, mtime_ms, content_hash, state, reason, articles) VALUES ($1, $2, 0, $3, 'published', NULL, 1)`,
    [path, Buffer.byteLength(a.text), fileHash],
  );
  for (const stage of ['dedupe', 'entities', 'quotes']) {
    await db.query(`INSERT INTO article_stages (article_id, stage, version, status) VALUES ($1, $2, 'v-test', 'done')`, [id, stage]);
  }
  return id;
}

/** An entity with its canonical name and extra aliases (alias keys as libs/persistence computes them). */
export async function insertEntity(db: DataSource, canonical: string, type: string, aliases: Array<{ alias: string; reason: string }> = []): Promise<string> {
  const [{ id }] = await db.query(`INSERT INTO entities (canonical, type) VALUES ($1, $2) RETURNING id`, [canonical, type]);
  for (const a of [{ alias: canonical, reason: 'canonical name' }, ...aliases]) {
    await db.query(`INSERT INTO entity_aliases (entity_id, type, alias, alias_key, reason, name_key) VALUES ($1, $2, $3, $4, $5, $6)`, [
      id, type, a.alias, aliasKey(a.alias), a.reason, nameSearchKey(a.alias),
    ]);
  }
  return String(id);
}

function offsetOf(text: string, piece: string, occurrence = 0): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(piece, at + 1);
  if (at < 0) throw new Error(`“${piece}” not found`);
  return at;
}

export async function insertMention(db: DataSource, article: FixtureArticle, entityId: string, surface: string, type: string, canonical: string, occurrence = 0): Promise<void> {
  const start = offsetOf(article.text, surface, occurrence);
  await db.query(
    `INSERT INTO mentions (article_id, entity_id, text, type, start_offset, end_offset, canonical) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [articleId(article.name), entityId, surface, type, start, start + surface.length, canonical],
  );
  await db.query(
    `UPDATE entities SET mention_count = (SELECT count(*) FROM mentions WHERE entity_id = $1),
       article_count = (SELECT count(DISTINCT article_id) FROM mentions WHERE entity_id = $1) WHERE id = $1`,
    [entityId],
  );
}

export async function insertQuote(
  db: DataSource,
  article: FixtureArticle,
  ordinal: number,
  quoted: string,
  speaker: { surface: string; canonical: string; entityId: string | null } | null,
  groupKey: string,
): Promise<void> {
  const start = offsetOf(article.text, quoted);
  // The speaker is named after the quote: take the name's last occurrence.
  const speakerStart = speaker ? article.text.lastIndexOf(speaker.surface) : null;
  await db.query(
    `INSERT INTO quotes (article_id, ordinal, text, start_offset, end_offset, kind, speaker_text, speaker_start, speaker_end, speaker_canonical,
       speaker_entity_id, group_key)
     VALUES ($1, $2, $3, $4, $5, 'direct', $6, $7, $8, $9, $10, $11)`,
    [
      articleId(article.name), ordinal, quoted, start, start + quoted.length, speaker?.surface ?? null, speakerStart,
      speakerStart === null ? null : speakerStart + speaker!.surface.length, speaker?.canonical ?? null, speaker?.entityId ?? null, groupKey,
    ],
  );
}

export const XSS_IMG = '"><img src=x onerror="window.__xss=1">';
export const XSS_SCRIPT = '<script>window.__xss=2</script>';

export const ARTICLES = {
  minsk: {
    name: 'minsk',
    title: 'Lukashenko warns of sanctions response',
    text:
      'Lukashenko warns of sanctions response\n\nMINSK, 1 March 2024. Alexander Lukashenko told officials in Minsk that the European Union would regret new sanctions.\n\n' +
      '“We will not give up our sovereignty,” Lukashenko said on Friday.\n\nSubscribe to our newsletter for more news.\n',
    boilerplate: ['Subscribe to our newsletter for more news.'],
    source: 'Reuters',
    publishedAt: '2024-03-01T10:00:00Z',
  },
  minskCopy: {
    name: 'minsk-copy',
    title: 'Lukashenko warns of a sanctions response',
    text:
      'Lukashenko warns of a sanctions response\n\nMINSK. Aleksandr Lukashenka told officials in Minsk that the European Union would regret new sanctions.\n\n' +
      '“We will not give up our sovereignty,” Lukashenka said.\n',
    source: 'BelTA',
    publishedAt: '2024-03-01T12:00:00Z',
    duplicateOf: 'minsk',
  },
  brussels: {
    name: 'brussels',
    title: 'EU ministers meet in Brussels on energy',
    text: 'EU ministers meet in Brussels on energy\n\nBRUSSELS. Ministers of the European Union met to discuss energy prices and the grid.\n\n“Prices must come down,” Kaja Kallas said.\n',
    source: 'AP',
    publishedAt: '2024-03-02T09:00:00Z',
  },
  hostile: {
    name: 'hostile',
    title: `<script>alert(1)</script> Hostile ${XSS_IMG}`,
    text: `Hostile markup test ${XSS_IMG}\n\nMinsk reported ${XSS_SCRIPT} nothing unusual about energy.\n\n“Beware of <b>tags</b> in energy quotes,” Kaja Kallas said.\n`,
    source: `Evil <i>Outlet</i>`,
    publishedAt: '2024-03-03T09:00:00Z',
  },
} satisfies Record<string, FixtureArticle>;

export interface Newsroom {
  ids: Record<keyof typeof ARTICLES, string>;
  lukashenko: string;
  minsk: string;
  eu: string;
  kallas: string;
}

/** A small, hand-checked world: a near-duplicate pair, entities with aliases, quotes, a hostile article, rejected files. */
export async function seedNewsroom(db: DataSource): Promise<Newsroom> {
  const ids = {} as Newsroom['ids'];
  for (const [key, a] of Object.entries(ARTICLES) as Array<[keyof typeof ARTICLES, FixtureArticle]>) ids[key] = await insertArticle(db, a);
  const lukashenko = await insertEntity(db, 'Alexander Lukashenko', 'PERSON', [
    { alias: 'Lukashenko', reason: 'mention resolved to “Alexander Lukashenko” in article x' },
    { alias: 'Aleksandr Lukashenka', reason: 'transliteration of “Alexander Lukashenko”' },
  ]);
  const minsk = await insertEntity(db, 'Minsk', 'LOCATION');
  const eu = await insertEntity(db, 'European Union', 'ORG', [{ alias: 'EU', reason: 'acronym of “European Union”' }]);
  const kallas = await insertEntity(db, 'Kaja Kallas', 'PERSON');
  const { minsk: m, minskCopy: c, brussels: b, hostile: h } = ARTICLES;
  await insertMention(db, m, lukashenko, 'Lukashenko', 'PERSON', 'Alexander Lukashenko');
  await insertMention(db, m, lukashenko, 'Alexander Lukashenko', 'PERSON', 'Alexander Lukashenko');
  await insertMention(db, m, minsk, 'Minsk', 'LOCATION', 'Minsk');
  await insertMention(db, m, eu, 'European Union', 'ORG', 'European Union');
  await insertMention(db, m, lukashenko, 'Lukashenko', 'PERSON', 'Alexander Lukashenko', 2);
  await insertMention(db, c, lukashenko, 'Aleksandr Lukashenka', 'PERSON', 'Alexander Lukashenko');
  await insertMention(db, c, minsk, 'Minsk', 'LOCATION', 'Minsk');
  await insertMention(db, b, eu, 'European Union', 'ORG', 'European Union');
  await insertMention(db, b, kallas, 'Kaja Kallas', 'PERSON', 'Kaja Kallas');
  await insertMention(db, h, minsk, 'Minsk', 'LOCATION', 'Minsk');
  await insertMention(db, h, kallas, 'Kaja Kallas', 'PERSON', 'Kaja Kallas');
  const sovereignty = 'We will not give up our sovereignty,';
  await insertQuote(db, m, 0, sovereignty, { surface: 'Lukashenko', canonical: 'Alexander Lukashenko', entityId: lukashenko }, 'g-sovereignty');
  await insertQuote(db, c, 0, sovereignty, { surface: 'Lukashenka', canonical: 'Alexander Lukashenko', entityId: lukashenko }, 'g-sovereignty');
  await insertQuote(db, b, 0, 'Prices must come down,', { surface: 'Kaja Kallas', canonical: 'Kaja Kallas', entityId: kallas }, 'g-prices');
  await insertQuote(db, h, 0, 'Beware of <b>tags</b> in energy quotes,', { surface: 'Kaja Kallas', canonical: 'Kaja Kallas', entityId: kallas }, 'g-tags');
  await db.query(
    `INSERT INTO file_ledger (path, size, mtime_ms, content_hash, state, reason, rejections) VALUES
       ('/inbox/photo.jpg', 2048, 0, $1, 'rejected', 'binary content (JPEG signature)', '[]'),
       ('/inbox/feed.jsonl', 900, 0, $2, 'published', NULL, '[{"recordIndex": 3, "reason": "record has no text", "code": "empty"}]')`,
    [sha('photo'), sha('feed')],
  );
  return { ids, lukashenko, minsk, eu, kallas };
}
