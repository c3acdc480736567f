import { DataSource } from 'typeorm';
import { EntityMention, EntityType } from '@newsflow/nlp';

export interface ArticleContent {
  text: string;
  boilerplate: Array<{ start: number; end: number; reason?: string }>;
}

/** What the extraction stages read back: the article text and the mentions stored for it. */
export class ArticleReaderRepository {
  constructor(private readonly db: DataSource) {}

  /** The articles' texts and the character ranges of their boilerplate lines, by id (absent ones are missing). */
  async contentsOf(articleIds: readonly string[]): Promise<Map<string, ArticleContent>> {
    const rows: Array<ArticleContent & { id: string }> = await this.db.query(
      `SELECT id, text, boilerplate FROM articles WHERE id = ANY($1::char(32)[])`,
      [articleIds],
    );
    return new Map(rows.map(({ id, text, boilerplate }) => [id, { text, boilerplate }]));
  }

  /** The articles' content and their stored mentions in one round trip (what the quotes stage needs). */
  async contentsWithMentionsOf(articleIds: readonly string[]): Promise<Map<string, ArticleContent & { mentions: EntityMention[] }>> {
    const rows: Array<ArticleContent & { id: string; mentions: Array<[string, string, number, number, string]> }> = await this.db.query(
      `SELECT a.id, a.text, a.boilerplate,
              coalesce((SELECT json_agg(json_build_array(m.text, m.type, m.start_offset, m.end_offset, m.canonical) ORDER BY m.start_offset)
                        FROM mentions m WHERE m.article_id = a.id), '[]') AS mentions
       FROM articles a WHERE a.id = ANY($1::char(32)[])`,
      [articleIds],
    );
    return new Map(
      rows.map(({ id, text, boilerplate, mentions }) => [
        id,
        { text, boilerplate, mentions: mentions.map(([t, type, start, end, canonical]) => ({ text: t, type: type as EntityType, start, end, canonical })) },
      ]),
    );
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
