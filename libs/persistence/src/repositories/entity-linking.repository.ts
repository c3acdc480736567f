import { DataSource, EntityManager } from 'typeorm';
import { EntityMention, LinkDecision, LinkableEntity, linkKeys, nameSearchKey, sameEntity } from '@newsflow/nlp';
import { LOCK_NAMESPACES, stripeLockKeys } from './advisory-locks';
import { boundedKey } from './bounded-key';
import { LockedArticles, requireStored } from './stored-articles';

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

/** What entities_prepare returns (the arrays are null when empty). */
interface PreparedLinking extends LockedArticles {
  key_keys: string[] | null;
  key_entity_ids: string[] | null;
  key_canonicals: string[] | null;
  key_types: string[] | null;
  alias_entity_ids: string[] | null;
  alias_names: string[] | null;
}

/** A batch's link decisions: new entities, and for every alias, link key and mention the entity it belongs to. */
interface LinkPlan {
  fresh: DocumentEntity[];
  aliases: Array<{ id: string; type: string; alias: string; key: string; reason: string }>;
  keys: Array<{ key: string; id: string }>;
  /** Each article's document entity (by entityRef) to an entity id, or to a new entity as -1, -2, … */
  ids: Map<string, string>;
}

/**
 * The entities a batch may link to, indexed by link key: a batch holds thousands of candidates, and each
 * document entity is compared only with those sharing one of its keys, in the order they were found.
 */
class Candidates {
  private readonly byId = new Map<string, Candidate>();
  private readonly byKey = new Map<string, Set<Candidate>>();

  /** The candidates entities_prepare read: the entities sharing a link key, with their first aliases. */
  static of(p: PreparedLinking): Candidates {
    const found = new Candidates();
    (p.key_keys ?? []).forEach((key, i) => {
      found.addKey(found.entity(p.key_entity_ids![i], { canonical: p.key_canonicals![i], type: p.key_types![i] as StoredEntity['type'] }), key);
    });
    (p.alias_entity_ids ?? []).forEach((id, i) => found.get(id)?.aliases.push(p.alias_names![i]));
    return found;
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

  /**
   * Returns the articles stored: those neither superseded nor retracted meanwhile. Two round trips inside
   * the transaction: entities_prepare locks and reads, the link decisions are made here, entities_store writes.
   */
  async storeMentionsBatch(batch: ArticleMentions[], stageVersion: string): Promise<Set<string>> {
    // A message redelivered into the batch that holds its first delivery: one copy is enough.
    const unique: ArticleEntities[] = [...new Map(batch.map((a) => [a.articleId, a])).values()].map((a) => ({ ...a, entities: this.documentEntities(a.mentions) }));
    const requested = unique.map((a) => a.articleId);
    const allKeys = [...new Set(unique.flatMap((a) => a.entities.flatMap((e) => e.keys)))];
    return this.db.transaction(async (tx) => {
      // Articles first, then the keys' stripes in ascending order: racing replicas queue on a shared key instead of deadlocking.
      const [prepared]: PreparedLinking[] = await tx.query(`SELECT * FROM entities_prepare($1::char(32)[], $2::bigint[], $3::text[], $4::int)`, [
        requested,
        stripeLockKeys(LOCK_NAMESPACES.entities, allKeys),
        allKeys,
        ALIASES_COMPARED,
      ]);
      // Articles superseded or retracted meanwhile get no mentions: their derived rows are already retired.
      const live = requireStored(requested, prepared, 'mentions');
      const articles = unique.filter((a) => live.has(a.articleId));
      await this.store(tx, articles, this.link(articles, Candidates.of(prepared)), stageVersion);
      return live;
    });
  }

  /** Replaces the articles' mentions (and those of the versions they correct), writing the plan's entities, aliases and keys first. */
  private async store(tx: EntityManager, articles: ArticleEntities[], plan: LinkPlan, stageVersion: string): Promise<void> {
    // One row per span and type, as the unique index wants.
    const rows = uniqueBy(articles.flatMap((a) => a.mentions.map((m) => ({ articleId: a.articleId, m }))), (r) => `${r.articleId}:${r.m.start}:${r.m.end}:${r.m.type}`);
    const m = <T>(f: (r: (typeof rows)[number]) => T) => rows.map(f);
    await tx.query(
      `SELECT entities_store($1::char(32)[], $2, $3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
         $11::bigint[], $12::text[], $13::char(32)[], $14::bigint[], $15::text[], $16::text[], $17::int[], $18::int[], $19::text[])`,
      [
        articles.map((a) => a.articleId),
        stageVersion,
        plan.fresh.map((e) => e.canonical),
        plan.fresh.map((e) => e.type),
        plan.aliases.map((a) => a.id),
        plan.aliases.map((a) => a.type),
        plan.aliases.map((a) => a.alias),
        plan.aliases.map((a) => a.key),
        plan.aliases.map((a) => a.reason),
        plan.aliases.map((a) => nameSearchKey(a.alias)),
        plan.keys.map((k) => k.id),
        plan.keys.map((k) => k.key),
        m((r) => r.articleId),
        m((r) => plan.ids.get(entityRef(r.articleId, r.m))),
        m((r) => r.m.text),
        m((r) => r.m.type),
        m((r) => r.m.start),
        m((r) => r.m.end),
        m((r) => r.m.canonical),
      ],
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
   * Decides every entity of every article, in order, against one candidate set: a new entity may be
   * matched by a later one of the same document or batch. New entities get the ids -1, -2, … which
   * entities_store replaces with the sequence's.
   */
  private link(articles: ArticleEntities[], candidates: Candidates): LinkPlan {
    const linked: Array<{ articleId: string; e: DocumentEntity; id: string; reason: string }> = [];
    const fresh: DocumentEntity[] = [];
    for (const { articleId, entities } of articles) {
      for (const e of entities) {
        const match = this.choose(e, candidates);
        if (!match) fresh.push(e);
        const id = match ? match.id : String(-fresh.length);
        linked.push({ articleId, e, id, reason: match ? `${match.decision.reason} (article ${articleId})` : `first seen in article ${articleId}` });
        const stored = candidates.entity(id, e);
        for (const k of e.keys) candidates.addKey(stored, k);
        for (const n of [e.canonical, ...e.aliases]) if (!stored.aliases.includes(n)) stored.aliases.push(n);
      }
    }
    return {
      fresh,
      aliases: uniqueBy(
        linked.flatMap(({ e, id, reason }) => [e.canonical, ...e.aliases].map((alias) => ({ id, type: e.type, alias, key: aliasKey(alias), reason }))),
        (a) => `${a.id}\u0000${a.type}\u0000${a.key}`,
      ),
      keys: uniqueBy(linked.flatMap(({ e, id }) => e.keys.map((key) => ({ key, id }))), (k) => `${k.key}\u0000${k.id}`),
      ids: new Map(linked.map(({ articleId, e, id }) => [entityRef(articleId, e), id])),
    };
  }
}

/** Deletes articles' mentions and takes them off their entities' counters (entity_articles follows by trigger). */
export async function retireMentions(tx: EntityManager, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await tx.query(`SELECT retire_mentions($1::char(32)[])`, [articleIds]);
}

/** Recomputes every entity's counters from its mentions (after bulk loads that bypass the entities stage). */
export async function recountEntityMentions(db: DataSource): Promise<void> {
  await db.query(`
    UPDATE entities e SET mention_count = coalesce(c.mentions, 0), article_count = coalesce(c.articles, 0)
    FROM entities e2 LEFT JOIN (SELECT entity_id, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions GROUP BY entity_id) c
      ON c.entity_id = e2.id
    WHERE e.id = e2.id`);
}

/** One article's document entity (type and canonical name). */
function entityRef(articleId: string, e: { type: string; canonical: string }): string {
  return `${articleId}:${e.type}:${e.canonical}`;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  return [...new Map(items.map((i) => [key(i), i])).values()];
}
