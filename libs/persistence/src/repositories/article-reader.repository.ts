import { DataSource } from 'typeorm';
import { EntityMention, EntityType } from '@newsflow/nlp';

export interface ArticleContent {
  text: string;
  boilerplate: Array<{ start: number; end: number }>;
}

/** What the extraction stages read back: the article text and the mentions stored for it. */
export class ArticleReaderRepository {
  constructor(private readonly db: DataSource) {}

  /** The article's text and the character ranges of its boilerplate lines. */
  async contentOf(articleId: string): Promise<ArticleContent | null> {
    const rows: ArticleContent[] = await this.db.query(
      `SELECT text, boilerplate FROM articles WHERE id = $1`,
      [articleId],
    );
    return rows[0] ?? null;
  }

  /** The article's content and its stored mentions in one round trip (what the quotes stage needs). */
  async contentWithMentionsOf(articleId: string): Promise<(ArticleContent & { mentions: EntityMention[] }) | null> {
    const rows: Array<ArticleContent & { mentions: Array<[string, string, number, number, string]> }> = await this.db.query(
      `SELECT a.text, a.boilerplate,
              coalesce((SELECT json_agg(json_build_array(m.text, m.type, m.start_offset, m.end_offset, m.canonical) ORDER BY m.start_offset)
                        FROM mentions m WHERE m.article_id = a.id), '[]') AS mentions
       FROM articles a WHERE a.id = $1`,
      [articleId],
    );
    if (!rows[0]) return null;
    const { text, boilerplate, mentions } = rows[0];
    return { text, boilerplate, mentions: mentions.map(([t, type, start, end, canonical]) => ({ text: t, type: type as EntityType, start, end, canonical })) };
  }

  async markFailed(articleId: string, stage: string, reason: string): Promise<void> {
    await this.db.query(
      `INSERT INTO article_stages (article_id, stage, version, status, error, updated_at)
       SELECT $1, $2, 'n/a', 'failed', $3, now() WHERE EXISTS (SELECT 1 FROM articles WHERE id = $1)
       ON CONFLICT (article_id, stage) DO UPDATE SET status = 'failed', error = EXCLUDED.error, updated_at = now()`,
      [articleId, stage, reason],
    );
  }
}
