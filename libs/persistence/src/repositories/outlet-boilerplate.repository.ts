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

  /** Counts one newly stored article's distinct lines (inside the article's own transaction). */
  static async countArticle(tx: EntityManager, outlet: string, lineKeys: string[]): Promise<void> {
    await tx.query(
      `INSERT INTO outlet_articles (outlet, articles) VALUES ($1, 1) ON CONFLICT (outlet) DO UPDATE SET articles = outlet_articles.articles + 1`,
      [outlet],
    );
    if (lineKeys.length === 0) return;
    await tx.query(
      `INSERT INTO outlet_lines (outlet, line_key, articles) SELECT $1, k, 1 FROM unnest($2::text[]) AS k
       ON CONFLICT (outlet, line_key) DO UPDATE SET articles = outlet_lines.articles + 1`,
      [outlet, lineKeys],
    );
  }
}
