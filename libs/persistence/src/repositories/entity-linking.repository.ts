import { DataSource, EntityManager } from 'typeorm';
import { EntityMention, LinkDecision, LinkableEntity, linkKeys, nameSearchKey, sameEntity } from '@newsflow/nlp';
import { LOCK_NAMESPACES, lockKeys } from './advisory-locks';
import { boundedKey } from './bounded-key';
import { markStageDone } from './stage-status.repository';
import { requireStoredArticles, supersededVersionsOf } from './stored-articles';

/** Lower-cased, accent-free, punctuation-free form under which aliases are searched. */
export function aliasKey(name: string): string {
  return boundedKey(name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim());
}

/** The most aliases of one stored entity that linking compares against. */
const ALIASES_COMPARED = 50;

interface DocumentEntity extends LinkableEntity {
  aliases: string[];
  keys: string[];
}

interface StoredEntity extends LinkableEntity {
  id: string;
  aliases: string[];
}

export interface ArticleMentions {
  articleId: string;
  mentions: EntityMention[];
}

interface ArticleEntities extends ArticleMentions {
  entities: DocumentEntity[];
}

type Candidate = StoredEntity & { keys: Set<string>; seq: number };

/**
 * The entities a batch may link to, indexed by link key: a batch holds thousands of candidates, and each
 * document entity is compared only with those sharing one of its keys, in the order they were found.
 */
class Candidates {
  private readonly byId = new Map<string, Candidate>();
  private readonly byKey = new Map<string, Set<Candidate>>();

  get size(): number {
    return this.byId.size;
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  get(id: string): Candidate | undefined {
    return this.byId.get(id);
  }

  /** The entity with this id, created from `entity` when it is not there yet. */
  entity(id: string, entity: Omit<StoredEntity, 'id' | 'aliases'>): Candidate {
    let c = this.byId.get(id);
    if (!c) this.byId.set(id, (c = { id, canonical: entity.canonical, type: entity.type, aliases: [], keys: new Set(), seq: this.byId.size }));
    return c;
  }

  addKey(c: Candidate, key: string): void {
    c.keys.add(key);
    const set = this.byKey.get(key);
    if (set) set.add(c);
    else this.byKey.set(key, new Set([c]));
  }

  sharingKeyWith(keys: readonly string[]): Candidate[] {
    const found = new Set<Candidate>();
    for (const k of keys) for (const c of this.byKey.get(k) ?? []) found.add(c);
    return [...found].sort((a, b) => a.seq - b.seq);
  }
}

/** Mentions and distinct articles per entity id: what a batch removed or added. */
type EntityCounts = Map<string, { mentions: number; articles: number }>;

/**
 * Links each document-level canonical entity to one global entity and stores the articles' mentions, a
 * batch of articles in one transaction with one statement per table. Candidates come from shared link
 * keys (name, surname, acronym, transliteration); libs/nlp's sameEntity decides, and its reason is stored
 * with every alias it adds. A lone-surname match links only when it is the single candidate. Articles of
 * a batch are linked in order against one candidate set, so two of them that introduce the same new
 * entity get one entity. Deleting the articles' mentions first makes a redelivery a replace.
 */
export class EntityLinkingRepository {
  constructor(private readonly db: DataSource) {}

  async storeMentions(articleId: string, mentions: EntityMention[], stageVersion: string): Promise<number> {
    await this.storeMentionsBatch([{ articleId, mentions }], stageVersion);
    return mentions.length;
  }

  /** Returns the articles stored: those neither superseded nor retracted meanwhile. */
  async storeMentionsBatch(batch: ArticleMentions[], stageVersion: string): Promise<Set<string>> {
    // A message redelivered into the batch that holds its first delivery: one copy is enough.
    const unique: ArticleEntities[] = [...new Map(batch.map((a) => [a.articleId, a])).values()].map((a) => ({ ...a, entities: this.documentEntities(a.mentions) }));
    return this.db.transaction(async (tx) => {
      // Articles superseded or retracted meanwhile get no mentions: their derived rows are already retired.
      // A racing run over the same article waits, so the mention insert below never meets a conflict.
      const live = await requireStoredArticles(tx, unique.map((a) => a.articleId), 'mentions');
      const articles = unique.filter((a) => live.has(a.articleId));
      const articleIds = articles.map((a) => a.articleId);
      // The articles' earlier mentions, and those of the versions they correct: replaced here, counters moved once.
      const before = await deleteMentions(tx, [...articleIds, ...(await supersededVersionsOf(tx, articleIds))]);
      const allKeys = [...new Set(articles.flatMap((a) => a.entities.flatMap((e) => e.keys)))];
      // One statement, keys in ascending order: racing replicas queue on a shared key instead of deadlocking.
      await lockKeys(tx, LOCK_NAMESPACES.entities, allKeys);
      const ids = await this.linkAll(tx, articles, await this.candidates(tx, allKeys));
      const after = await this.insertMentions(tx, articles, ids);
      await adjustCounters(tx, before, after);
      await markStageDone(tx, articleIds, 'entities', stageVersion);
      return live;
    });
  }

  private async insertMentions(tx: EntityManager, articles: ArticleEntities[], ids: Map<string, string>): Promise<EntityCounts> {
    // One row per span and type, as the unique index wants: a plain insert, no per-row conflict check.
    const rows = uniqueBy(articles.flatMap((a) => a.mentions.map((m) => ({ articleId: a.articleId, m }))), (r) => `${r.articleId}:${r.m.start}:${r.m.end}:${r.m.type}`);
    if (rows.length === 0) return new Map();
    return countsOf(
      await tx.query(
        `WITH stored AS (
           INSERT INTO mentions (article_id, entity_id, text, type, start_offset, end_offset, canonical)
           SELECT * FROM unnest($1::char(32)[], $2::bigint[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])
           RETURNING entity_id, article_id)
         SELECT entity_id, count(*)::int AS mentions, count(DISTINCT article_id)::int AS articles FROM stored GROUP BY entity_id`,
        [
          rows.map((r) => r.articleId),
          rows.map((r) => ids.get(entityRef(r.articleId, r.m))),
          rows.map((r) => r.m.text),
          rows.map((r) => r.m.type),
          rows.map((r) => r.m.start),
          rows.map((r) => r.m.end),
          rows.map((r) => r.m.canonical),
        ],
      ),
    );
  }

  private documentEntities(mentions: EntityMention[]): DocumentEntity[] {
    const byCanonical = new Map<string, DocumentEntity>();
    for (const m of mentions) {
      const id = `${m.type}:${m.canonical}`;
      let e = byCanonical.get(id);
      if (!e) byCanonical.set(id, (e = { canonical: m.canonical, type: m.type, aliases: [], keys: [] }));
      if (m.text !== m.canonical && !e.aliases.includes(m.text)) e.aliases.push(m.text);
    }
    for (const e of byCanonical.values()) e.keys = linkKeys(e).map(boundedKey);
    return [...byCanonical.values()];
  }

  private async candidates(tx: EntityManager, keys: string[]): Promise<Candidates> {
    const found = new Candidates();
    if (keys.length === 0) return found;
    const rows: Array<{ key: string; id: string; canonical: string; type: string }> = await tx.query(
      // Per-key LATERAL probes (OFFSET 0 keeps them from being flattened) stay index lookups without statistics.
      `SELECT k.key, e.id, e.canonical, e.type FROM unnest($1::text[]) AS q(key)
       CROSS JOIN LATERAL (SELECT key, entity_id FROM entity_link_keys WHERE key = q.key OFFSET 0) k
       CROSS JOIN LATERAL (SELECT id, canonical, type FROM entities WHERE id = k.entity_id OFFSET 0) e`,
      [keys],
    );
    for (const r of rows) {
      found.addKey(found.entity(r.id, { canonical: r.canonical, type: r.type as StoredEntity['type'] }), r.key);
    }
    if (found.size) {
      const aliases: Array<{ entity_id: string; alias: string }> = await tx.query(
        `SELECT q.entity_id, a.alias FROM unnest($1::bigint[]) AS q(entity_id)
         CROSS JOIN LATERAL (SELECT alias FROM entity_aliases WHERE entity_id = q.entity_id ORDER BY created_at LIMIT $2) a`,
        [found.ids(), ALIASES_COMPARED],
      );
      for (const a of aliases) found.get(a.entity_id)?.aliases.push(a.alias);
    }
    return found;
  }

  private choose(e: DocumentEntity, candidates: Candidates): { id: string; decision: LinkDecision } | null {
    const weak: Array<{ id: string; decision: LinkDecision }> = [];
    for (const c of candidates.sharingKeyWith(e.keys)) {
      if (c.type !== e.type) continue;
      const decision = sameEntity(e, c);
      if (!decision.same) continue;
      if (!decision.weak) return { id: c.id, decision };
      weak.push({ id: c.id, decision });
    }
    return weak.length === 1 ? weak[0] : null;
  }

  /**
   * Decides every entity of every article first, in order, against one candidate set (a new entity may be
   * matched by a later one of the same document or batch), then writes new entities, aliases and link
   * keys in one statement. Returns each article's entities' ids, by entityRef.
   */
  private async linkAll(tx: EntityManager, articles: ArticleEntities[], candidates: Candidates): Promise<Map<string, string>> {
    const linked: Array<{ articleId: string; e: DocumentEntity; id: string; reason: string }> = [];
    const fresh: DocumentEntity[] = [];
    for (const { articleId, entities } of articles) {
      for (const e of entities) {
        const match = this.choose(e, candidates);
        const id = match ? match.id : `new:${fresh.length}`;
        if (!match) {
          fresh.push(e);
        }
        linked.push({ articleId, e, id, reason: match ? `${match.decision.reason} (article ${articleId})` : `first seen in article ${articleId}` });
        const stored = candidates.entity(id, e);
        for (const k of e.keys) candidates.addKey(stored, k);
        for (const n of [e.canonical, ...e.aliases]) if (!stored.aliases.includes(n)) stored.aliases.push(n);
      }
    }
    const freshIds: string[] = fresh.length
      ? (await tx.query(`SELECT nextval(pg_get_serial_sequence('entities', 'id'))::text AS id FROM generate_series(1, $1)`, [fresh.length])).map((r: { id: string }) => r.id)
      : [];
    const idOf = (id: string) => (id.startsWith('new:') ? freshIds[Number(id.slice(4))] : id);
    const aliases = uniqueBy(
      linked.flatMap(({ e, id, reason }) => [e.canonical, ...e.aliases].map((alias) => ({ id: idOf(id), type: e.type, alias, key: aliasKey(alias), reason }))),
      (a) => `${a.id}\u0000${a.type}\u0000${a.key}`,
    );
    const keys = uniqueBy(linked.flatMap(({ e, id }) => e.keys.map((key) => ({ key, id: idOf(id) }))), (k) => `${k.key}\u0000${k.id}`);
    // Foreign keys are checked at the end of the statement, when the new entities are in.
    await tx.query(
      `WITH new_entities AS (
         INSERT INTO entities (id, canonical, type) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[])),
       new_aliases AS (
         INSERT INTO entity_aliases (entity_id, type, alias, alias_key, reason, name_key)
         SELECT * FROM unnest($4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[], $11::text[]) AS a(entity_id, type, alias, key, reason, name_key)
         WHERE key <> '' ORDER BY entity_id, key ON CONFLICT DO NOTHING)
       INSERT INTO entity_link_keys (key, entity_id) SELECT * FROM unnest($9::text[], $10::bigint[]) AS k(key, entity_id) ORDER BY key, entity_id ON CONFLICT DO NOTHING`,
      [
        freshIds,
        fresh.map((e) => e.canonical),
        fresh.map((e) => e.type),
        aliases.map((a) => a.id),
        aliases.map((a) => a.type),
        aliases.map((a) => a.alias),
        aliases.map((a) => a.key),
        aliases.map((a) => a.reason),
        keys.map((k) => k.key),
        keys.map((k) => k.id),
        aliases.map((a) => nameSearchKey(a.alias)),
      ],
    );
    return new Map(linked.map(({ articleId, e, id }) => [entityRef(articleId, e), idOf(id)]));
  }
}

/** Deletes articles' mentions and takes them off their entities' counters (entity_articles follows by trigger). */
export async function retireMentions(tx: EntityManager, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await adjustCounters(tx, await deleteMentions(tx, articleIds), new Map());
}

async function deleteMentions(tx: EntityManager, articleIds: string[]): Promise<EntityCounts> {
  return countsOf(
    await tx.query(
      `WITH gone AS (DELETE FROM mentions WHERE article_id = ANY($1::char(32)[]) RETURNING entity_id, article_id)
       SELECT entity_id, count(*)::int AS mentions, count(DISTINCT article_id)::int AS articles FROM gone GROUP BY entity_id`,
      [articleIds],
    ),
  );
}

/**
 * Moves each entity's counters by what this article changed. Rows are locked in id order with
 * NO KEY UPDATE, which does not conflict with the key-share locks that mention inserts take.
 */
async function adjustCounters(tx: EntityManager, before: EntityCounts, after: EntityCounts): Promise<void> {
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  const none = { mentions: 0, articles: 0 };
  const deltas = ids
    .map((id) => {
      const [was, is] = [before.get(id) ?? none, after.get(id) ?? none];
      return { id, mentions: is.mentions - was.mentions, articles: is.articles - was.articles };
    })
    .filter((d) => d.mentions !== 0 || d.articles !== 0);
  if (deltas.length === 0) return;
  await tx.query(`SELECT id FROM entities WHERE id = ANY($1::bigint[]) ORDER BY id FOR NO KEY UPDATE`, [deltas.map((d) => d.id)]);
  await tx.query(
    `UPDATE entities e SET mention_count = e.mention_count + d.mentions, article_count = e.article_count + d.articles
     FROM unnest($1::bigint[], $2::int[], $3::int[]) AS d(id, mentions, articles) WHERE e.id = d.id`,
    [deltas.map((d) => d.id), deltas.map((d) => d.mentions), deltas.map((d) => d.articles)],
  );
}

/** Recomputes every entity's counters from its mentions (after bulk loads that bypass the entities stage). */
export async function recountEntityMentions(db: DataSource): Promise<void> {
  await db.query(`
    UPDATE entities e SET mention_count = coalesce(c.mentions, 0), article_count = coalesce(c.articles, 0)
    FROM entities e2 LEFT JOIN (SELECT entity_id, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions GROUP BY entity_id) c
      ON c.entity_id = e2.id
    WHERE e.id = e2.id`);
}

function countsOf(rows: Array<{ entity_id: string; mentions: number; articles: number }>): EntityCounts {
  return new Map(rows.map((r) => [String(r.entity_id), { mentions: r.mentions, articles: r.articles }]));
}

/** One article's document entity (type and canonical name). */
function entityRef(articleId: string, e: { type: string; canonical: string }): string {
  return `${articleId}:${e.type}:${e.canonical}`;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((i) => [key(i), i])).values()];
}
