import { DataSource, EntityManager } from 'typeorm';

/** Lines seen at least this often are worth loading; rarer ones can never be learned anyway. */
const MIN_LOADED = 2;

export interface OutletLineCounts {
  articleCount: number;
  lineArticleCounts: Map<string, number>;
}

/** How often each line recurs across one outlet's articles: the evidence for learned boilerplate. */
export class OutletBoilerplateRepository {
  constructor(private readonly db: DataSource) {}

  async counts(outlet: string): Promise<OutletLineCounts> {
    const [total, lines] = await Promise.all([
      this.db.query(`SELECT articles FROM outlet_articles WHERE outlet = $1`, [outlet]),
      this.db.query(`SELECT line_key, articles FROM outlet_lines WHERE outlet = $1 AND articles >= $2`, [outlet, MIN_LOADED]),
    ]);
    return {
      articleCount: total[0]?.articles ?? 0,
      lineArticleCounts: new Map(lines.map((r: { line_key: string; articles: number }) => [r.line_key, r.articles])),
    };
  }

  /**
   * Counts newly stored articles' distinct lines (inside their batch's transaction), one statement per
   * table, rows in key order so that racing batches lock counters in one order.
   */
  static async countArticles(tx: EntityManager, articles: ReadonlyArray<{ outlet: string; lineKeys: string[] }>): Promise<void> {
    if (articles.length === 0) return;
    await tx.query(
      `INSERT INTO outlet_articles (outlet, articles) SELECT o, count(*) FROM unnest($1::text[]) AS o GROUP BY o ORDER BY o
       ON CONFLICT (outlet) DO UPDATE SET articles = outlet_articles.articles + excluded.articles`,
      [articles.map((a) => a.outlet)],
    );
    const outlets = articles.flatMap((a) => a.lineKeys.map(() => a.outlet));
    if (outlets.length === 0) return;
    await tx.query(
      `INSERT INTO outlet_lines (outlet, line_key, articles) SELECT o, k, count(*) FROM unnest($1::text[], $2::text[]) AS u(o, k) GROUP BY o, k ORDER BY o, k
       ON CONFLICT (outlet, line_key) DO UPDATE SET articles = outlet_lines.articles + excluded.articles`,
      [outlets, articles.flatMap((a) => a.lineKeys)],
    );
  }
}
