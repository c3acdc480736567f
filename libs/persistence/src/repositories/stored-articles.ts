import { EntityManager } from 'typeorm';

/**
 * What the foreign keys from mentions and quotes to articles checked row by row (about 85 rows an
 * article), checked once per batch: every article is stored, and key-share locks keep it so until the
 * transaction ends, as a foreign key's check would.
 */
export async function requireStoredArticles(tx: EntityManager, articleIds: readonly string[], what: string): Promise<void> {
  if (articleIds.length === 0) return;
  const rows: Array<{ id: string }> = await tx.query(`SELECT id FROM articles WHERE id = ANY($1::char(32)[]) ORDER BY id FOR KEY SHARE`, [articleIds]);
  const stored = new Set(rows.map((r) => r.id));
  const missing = articleIds.find((id) => !stored.has(id));
  if (missing !== undefined) throw new Error(`article ${missing} is not stored: its ${what} cannot be`);
}
