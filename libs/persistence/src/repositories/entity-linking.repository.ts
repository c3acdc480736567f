import { DataSource, EntityManager } from 'typeorm';
import { EntityMention, LinkDecision, LinkableEntity, linkKeys, sameEntity } from '@newsflow/nlp';
import { sha256Hex } from '@newsflow/text';
import { lockKeyFromHex, lockKeys } from './advisory-locks';
import { markStage } from './stage-status.repository';

/** Lower-cased, accent-free, punctuation-free form under which aliases are searched. */
export function aliasKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
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

/**
 * Links each document-level canonical entity to one global entity and stores the article's mentions.
 * Candidates come from shared link keys (name, surname, acronym, transliteration); libs/nlp's
 * sameEntity decides, and its reason is stored with every alias it adds. A lone-surname match links
 * only when it is the single candidate. Deleting the article's mentions first makes a redelivery a replace.
 */
export class EntityLinkingRepository {
  constructor(private readonly db: DataSource) {}

  async storeMentions(articleId: string, mentions: EntityMention[], stageVersion: string): Promise<number> {
    const entities = this.documentEntities(mentions);
    return this.db.transaction(async (tx) => {
      const before = countsOf(
        await tx.query(
          `WITH gone AS (DELETE FROM mentions WHERE article_id = $1 RETURNING entity_id)
           SELECT entity_id, count(*)::int AS n FROM gone GROUP BY entity_id`,
          [articleId],
        ),
      );
      const allKeys = [...new Set(entities.flatMap((e) => e.keys))];
      await lockKeys(tx, allKeys.map((k) => lockKeyFromHex(sha256Hex(k))));
      const candidates = await this.candidates(tx, allKeys);
      const ids = await this.linkAll(tx, articleId, entities, candidates);
      let after = new Map<string, number>();
      if (mentions.length) {
        const inserted = await tx.query(
          `WITH stored AS (
             INSERT INTO mentions (article_id, entity_id, text, type, start_offset, end_offset, canonical)
             SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])
             ON CONFLICT DO NOTHING RETURNING entity_id)
           SELECT entity_id, count(*)::int AS n FROM stored GROUP BY entity_id`,
          [
            articleId,
            mentions.map((m) => ids.get(`${m.type}:${m.canonical}`)),
            mentions.map((m) => m.text),
            mentions.map((m) => m.type),
            mentions.map((m) => m.start),
            mentions.map((m) => m.end),
            mentions.map((m) => m.canonical),
          ],
        );
        after = countsOf(inserted);
      }
      await this.adjustCounters(tx, before, after);
      await markStage(tx, articleId, 'entities', stageVersion);
      return mentions.length;
    });
  }

  /**
   * Moves each entity's counters by what this article changed. Rows are locked in id order with
   * NO KEY UPDATE, which does not conflict with the key-share locks that mention inserts take.
   */
  private async adjustCounters(tx: EntityManager, before: Map<string, number>, after: Map<string, number>): Promise<void> {
    const ids = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    const deltas = ids
      .map((id) => ({ id, mentions: (after.get(id) ?? 0) - (before.get(id) ?? 0), articles: (after.has(id) ? 1 : 0) - (before.has(id) ? 1 : 0) }))
      .filter((d) => d.mentions !== 0 || d.articles !== 0);
    if (deltas.length === 0) return;
    await tx.query(`SELECT id FROM entities WHERE id = ANY($1::bigint[]) ORDER BY id FOR NO KEY UPDATE`, [deltas.map((d) => d.id)]);
    await tx.query(
      `UPDATE entities e SET mention_count = e.mention_count + d.mentions, article_count = e.article_count + d.articles
       FROM unnest($1::bigint[], $2::int[], $3::int[]) AS d(id, mentions, articles) WHERE e.id = d.id`,
      [deltas.map((d) => d.id), deltas.map((d) => d.mentions), deltas.map((d) => d.articles)],
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
    for (const e of byCanonical.values()) e.keys = linkKeys(e);
    return [...byCanonical.values()];
  }

  private async candidates(tx: EntityManager, keys: string[]): Promise<Map<string, StoredEntity & { keys: Set<string> }>> {
    const found = new Map<string, StoredEntity & { keys: Set<string> }>();
    if (keys.length === 0) return found;
    const rows: Array<{ key: string; id: string; canonical: string; type: string }> = await tx.query(
      // Per-key LATERAL probes (OFFSET 0 keeps them from being flattened) stay index lookups without statistics.
      `SELECT k.key, e.id, e.canonical, e.type FROM unnest($1::text[]) AS q(key)
       CROSS JOIN LATERAL (SELECT key, entity_id FROM entity_link_keys WHERE key = q.key OFFSET 0) k
       CROSS JOIN LATERAL (SELECT id, canonical, type FROM entities WHERE id = k.entity_id OFFSET 0) e`,
      [keys],
    );
    for (const r of rows) {
      const c = found.get(r.id) ?? { id: r.id, canonical: r.canonical, type: r.type as StoredEntity['type'], aliases: [], keys: new Set<string>() };
      c.keys.add(r.key);
      found.set(r.id, c);
    }
    if (found.size) {
      const aliases: Array<{ entity_id: string; alias: string }> = await tx.query(
        `SELECT q.entity_id, a.alias FROM unnest($1::bigint[]) AS q(entity_id)
         CROSS JOIN LATERAL (SELECT alias FROM entity_aliases WHERE entity_id = q.entity_id ORDER BY created_at LIMIT $2) a`,
        [[...found.keys()], ALIASES_COMPARED],
      );
      for (const a of aliases) found.get(a.entity_id)?.aliases.push(a.alias);
    }
    return found;
  }

  private choose(e: DocumentEntity, candidates: Map<string, StoredEntity & { keys: Set<string> }>): { id: string; decision: LinkDecision } | null {
    const weak: Array<{ id: string; decision: LinkDecision }> = [];
    for (const c of candidates.values()) {
      if (c.type !== e.type || !e.keys.some((k) => c.keys.has(k))) continue;
      const decision = sameEntity(e, c);
      if (!decision.same) continue;
      if (!decision.weak) return { id: c.id, decision };
      weak.push({ id: c.id, decision });
    }
    return weak.length === 1 ? weak[0] : null;
  }

  /**
   * Decides every document entity first (a new entity may be matched by a later one of the same
   * document), then writes new entities, aliases and link keys in one statement each.
   */
  private async linkAll(
    tx: EntityManager,
    articleId: string,
    entities: DocumentEntity[],
    candidates: Map<string, StoredEntity & { keys: Set<string> }>,
  ): Promise<Map<string, string>> {
    const linked: Array<{ e: DocumentEntity; id: string; reason: string }> = [];
    const fresh: DocumentEntity[] = [];
    for (const e of entities) {
      const match = this.choose(e, candidates);
      const id = match ? match.id : `new:${fresh.length}`;
      if (!match) {
        fresh.push(e);
        candidates.set(id, { id, canonical: e.canonical, type: e.type, aliases: [], keys: new Set() });
      }
      linked.push({ e, id, reason: match ? `${match.decision.reason} (article ${articleId})` : `first seen in article ${articleId}` });
      const stored = candidates.get(id)!;
      for (const k of e.keys) stored.keys.add(k);
      for (const n of [e.canonical, ...e.aliases]) if (!stored.aliases.includes(n)) stored.aliases.push(n);
    }
    const realId = new Map<string, string>();
    if (fresh.length) {
      // Fresh entities are distinct by type and canonical name within a document, which maps ids back.
      const created: Array<{ id: string; canonical: string; type: string }> = await tx.query(
        `INSERT INTO entities (canonical, type) SELECT * FROM unnest($1::text[], $2::text[]) RETURNING id::text AS id, canonical, type`,
        [fresh.map((e) => e.canonical), fresh.map((e) => e.type)],
      );
      const createdId = new Map(created.map((r) => [`${r.type}:${r.canonical}`, r.id]));
      fresh.forEach((e, i) => realId.set(`new:${i}`, createdId.get(`${e.type}:${e.canonical}`)!));
    }
    const idOf = (id: string) => realId.get(id) ?? id;
    const aliases = linked.flatMap(({ e, id, reason }) => [e.canonical, ...e.aliases].map((alias) => ({ id: idOf(id), type: e.type, alias, reason })));
    const keys = linked.flatMap(({ e, id }) => e.keys.map((key) => ({ key, id: idOf(id) })));
    await tx.query(
      `WITH new_aliases AS (
         INSERT INTO entity_aliases (entity_id, type, alias, alias_key, reason)
         SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[]) AS a(entity_id, type, alias, key, reason)
         WHERE key <> '' ON CONFLICT DO NOTHING)
       INSERT INTO entity_link_keys (key, entity_id) SELECT * FROM unnest($6::text[], $7::bigint[]) ON CONFLICT DO NOTHING`,
      [
        aliases.map((a) => a.id),
        aliases.map((a) => a.type),
        aliases.map((a) => a.alias),
        aliases.map((a) => aliasKey(a.alias)),
        aliases.map((a) => a.reason),
        keys.map((k) => k.key),
        keys.map((k) => k.id),
      ],
    );
    return new Map(linked.map(({ e, id }) => [`${e.type}:${e.canonical}`, idOf(id)]));
  }
}

/** Recomputes every entity's counters from its mentions (after bulk loads that bypass the entities stage). */
export async function recountEntityMentions(db: DataSource): Promise<void> {
  await db.query(`
    UPDATE entities e SET mention_count = coalesce(c.mentions, 0), article_count = coalesce(c.articles, 0)
    FROM entities e2 LEFT JOIN (SELECT entity_id, count(*) AS mentions, count(DISTINCT article_id) AS articles FROM mentions GROUP BY entity_id) c
      ON c.entity_id = e2.id
    WHERE e.id = e2.id`);
}

function countsOf(rows: Array<{ entity_id: string; n: number }>): Map<string, number> {
  return new Map(rows.map((r) => [String(r.entity_id), r.n]));
}
