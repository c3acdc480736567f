import { DataSource, EntityManager } from 'typeorm';

/** Lines seen at least this often are worth loading; rarer ones can never be learned anyway. */
const MIN_LOADED = 2;

/** Outlets and lines are keyed by their hashes (text_key), so a line of any length can be counted. */
const OUTLET_KEYS = `SELECT text_key(o) FROM unnest($1::text[]) AS o`;

export interface OutletLineCounts {
  articleCount: number;
  lineArticleCounts: Map<string, number>;
}

/** How often each line recurs across one outlet's articles: the evidence for learned boilerplate. */
export class OutletBoilerplateRepository {
  constructor(private readonly db: DataSource) {}

  /** Each outlet's counts, one query per table for all of them (an outlet never seen counts zero). */
  async counts(outlets: readonly string[]): Promise<Map<string, OutletLineCounts>> {
    const found = new Map<string, OutletLineCounts>(outlets.map((o) => [o, { articleCount: 0, lineArticleCounts: new Map() }]));
    if (outlets.length === 0) return found;
    const [totals, lines]: [Array<{ outlet: string; articles: number }>, Array<{ outlet: string; line_key: string; articles: number }>] = await Promise.all([
      this.db.query(`SELECT outlet, articles FROM outlet_articles WHERE outlet_key IN (${OUTLET_KEYS})`, [outlets]),
      this.db.query(`SELECT outlet, line_key, articles FROM outlet_lines WHERE outlet_key IN (${OUTLET_KEYS}) AND articles >= $2`, [outlets, MIN_LOADED]),
    ]);
    for (const t of totals) found.get(t.outlet)!.articleCount = t.articles;
    for (const l of lines) found.get(l.outlet)!.lineArticleCounts.set(l.line_key, l.articles);
    return found;
  }

  /**
   * Counts newly stored articles' distinct lines (inside their batch's transaction), one statement per
   * table, rows in key order so that racing batches lock counters in one order.
   */
  static async countArticles(tx: EntityManager, articles: ReadonlyArray<{ outlet: string; lineKeys: string[] }>): Promise<void> {
    if (articles.length === 0) return;
    await tx.query(
      `INSERT INTO outlet_articles (outlet, articles) SELECT o, count(*) FROM unnest($1::text[]) AS o GROUP BY o ORDER BY o
       ON CONFLICT (outlet_key) DO UPDATE SET articles = outlet_articles.articles + excluded.articles`,
      [articles.map((a) => a.outlet)],
    );
    const outlets = articles.flatMap((a) => a.lineKeys.map(() => a.outlet));
    if (outlets.length === 0) return;
    await tx.query(
      `INSERT INTO outlet_lines (outlet, line_key, articles) SELECT o, k, count(*) FROM unnest($1::text[], $2::text[]) AS u(o, k) GROUP BY o, k ORDER BY o, k
       ON CONFLICT (outlet_key, line_hash) DO UPDATE SET articles = outlet_lines.articles + excluded.articles`,
      [outlets, articles.flatMap((a) => a.lineKeys)],
    );
  }
}
