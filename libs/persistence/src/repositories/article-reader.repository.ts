import { DataSource } from 'typeorm';
import { EntityMention, EntityType } from '@newsflow/nlp';

/** What the extraction stages read back: the article text and the mentions stored for it. */
export class ArticleReaderRepository {
  constructor(private readonly db: DataSource) {}

  async textOf(articleId: string): Promise<string | null> {
    return (await this.contentOf(articleId))?.text ?? null;
  }

  /** The article's text and the character ranges of its boilerplate lines. */
  async contentOf(articleId: string): Promise<{ text: string; boilerplate: Array<{ start: number; end: number }> } | null> {
    const rows: Array<{ text: string; boilerplate: Array<{ start: number; end: number }> }> = await this.db.query(
      `SELECT text, boilerplate FROM articles WHERE id = $1`,
      [articleId],
    );
    return rows[0] ?? null;
  }

  async mentionsOf(articleId: string): Promise<EntityMention[]> {
    const rows: Array<{ text: string; type: string; start_offset: number; end_offset: number; canonical: string }> = await this.db.query(
      `SELECT text, type, start_offset, end_offset, canonical FROM mentions WHERE article_id = $1 ORDER BY start_offset`,
      [articleId],
    );
    return rows.map((r) => ({ text: r.text, type: r.type as EntityType, start: r.start_offset, end: r.end_offset, canonical: r.canonical }));
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
