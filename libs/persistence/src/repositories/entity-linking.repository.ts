import { DataSource, EntityManager } from 'typeorm';
import { EntityMention } from '@newsflow/nlp';
import { sha256Hex } from '@newsflow/text';
import { lockKeyFromHex, lockKeys } from './advisory-locks';
import { markStage } from './stage-status.repository';

/** Lower-cased, accent-free, punctuation-free form under which aliases are looked up. */
export function aliasKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A name that may identify one entity across documents. A lone surname does not: many people share one. */
function linksAcrossDocuments(type: string, alias: string): boolean {
  return type !== 'PERSON' || alias.trim().includes(' ');
}

export interface LinkKey {
  key: string;
  reason: string;
}

/** Extra cross-document keys for a canonical name (transliteration, acronym), supplied by libs/nlp rules. */
export type LinkKeyRule = (canonical: string, type: string) => LinkKey[];

interface EntityGroup {
  type: string;
  canonical: string;
  aliases: Map<string, { alias: string; reason: string; links: boolean }>;
}

/**
 * Links each document-level canonical entity to one global entity, by any alias that can identify it,
 * and stores the article's mentions. Deleting the article's mentions first makes a redelivery a replace.
 */
export class EntityLinkingRepository {
  constructor(
    private readonly db: DataSource,
    private readonly linkKeys: LinkKeyRule = () => [],
  ) {}

  async storeMentions(articleId: string, mentions: EntityMention[], stageVersion: string): Promise<number> {
    const groups = this.group(articleId, mentions);
    return this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM mentions WHERE article_id = $1`, [articleId]);
      const allKeys = groups.flatMap((g) => [...g.aliases.keys()].map((k) => `${g.type}:${k}`));
      await lockKeys(tx, allKeys.map((k) => lockKeyFromHex(sha256Hex(k))));
      const entityIds = await this.resolve(tx, groups);
      if (mentions.length) {
        const ids = mentions.map((m) => entityIds.get(`${m.type}:${m.canonical}`)!);
        await tx.query(
          `INSERT INTO mentions (article_id, entity_id, text, type, start_offset, end_offset, canonical)
           SELECT $1, * FROM unnest($2::bigint[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[])
           ON CONFLICT DO NOTHING`,
          [articleId, ids, mentions.map((m) => m.text), mentions.map((m) => m.type), mentions.map((m) => m.start), mentions.map((m) => m.end), mentions.map((m) => m.canonical)],
        );
      }
      await markStage(tx, articleId, 'entities', stageVersion);
      return mentions.length;
    });
  }

  private group(articleId: string, mentions: EntityMention[]): EntityGroup[] {
    const groups = new Map<string, EntityGroup>();
    for (const m of mentions) {
      const id = `${m.type}:${m.canonical}`;
      let g = groups.get(id);
      if (!g) {
        g = { type: m.type, canonical: m.canonical, aliases: new Map() };
        g.aliases.set(aliasKey(m.canonical), { alias: m.canonical, reason: 'canonical name', links: true });
        for (const extra of this.linkKeys(m.canonical, m.type)) {
          if (extra.key) g.aliases.set(extra.key, { alias: m.canonical, reason: extra.reason, links: true });
        }
        groups.set(id, g);
      }
      const key = aliasKey(m.text);
      if (key && !g.aliases.has(key)) {
        g.aliases.set(key, { alias: m.text, reason: `mention resolved to “${m.canonical}” in article ${articleId}`, links: linksAcrossDocuments(m.type, m.text) });
      }
    }
    return [...groups.values()];
  }

  private async resolve(tx: EntityManager, groups: EntityGroup[]): Promise<Map<string, string>> {
    const types = groups.flatMap((g) => [...g.aliases.keys()].map(() => g.type));
    const keys = groups.flatMap((g) => [...g.aliases.keys()]);
    const found: Array<{ type: string; alias_key: string; entity_id: string }> = keys.length
      ? await tx.query(
          `SELECT a.type, a.alias_key, a.entity_id FROM entity_aliases a
           JOIN unnest($1::text[], $2::text[]) AS k(type, alias_key) ON a.type = k.type AND a.alias_key = k.alias_key`,
          [types, keys],
        )
      : [];
    const known = new Map(found.map((r) => [`${r.type}:${r.alias_key}`, r.entity_id]));
    const result = new Map<string, string>();
    for (const g of groups) {
      let entityId: string | undefined;
      for (const [key, a] of g.aliases) {
        if (a.links && known.has(`${g.type}:${key}`)) {
          entityId = known.get(`${g.type}:${key}`);
          break;
        }
      }
      if (!entityId) {
        const rows: Array<{ id: string }> = await tx.query(`INSERT INTO entities (canonical, type) VALUES ($1, $2) RETURNING id`, [g.canonical, g.type]);
        entityId = rows[0].id;
      }
      const newAliases = [...g.aliases].filter(([key]) => !known.has(`${g.type}:${key}`));
      if (newAliases.length) {
        await tx.query(
          `INSERT INTO entity_aliases (entity_id, type, alias, alias_key, reason)
           SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::text[]) ON CONFLICT DO NOTHING`,
          [entityId, g.type, newAliases.map(([, a]) => a.alias), newAliases.map(([k]) => k), newAliases.map(([, a]) => a.reason)],
        );
        for (const [key] of newAliases) known.set(`${g.type}:${key}`, entityId);
      }
      result.set(`${g.type}:${g.canonical}`, entityId);
    }
    return result;
  }
}
