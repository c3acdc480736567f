import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ARTICLES, FixtureArticle, Newsroom, insertArticle, insertEntity, insertMention, insertQuote } from './newsroom-fixture';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export const WIRE_COUNT = 25;

/** An untitled, undated Markdown article with a partial quote that carries its own marks and an indirect quote. */
export const MARKDOWN_ARTICLE: FixtureArticle = {
  name: 'harbour-md',
  title: '(set to NULL after insert)',
  text:
    '# Council votes on the harbour plan\n\n> The **harbour** plan passed after a *long* debate, said [the mayor](http://example.org/mayor).\n\n' +
    'The mayor called the objections “unfriendly steps” by rivals. The mayor said that the plan would cut costs for every family in the district ' +
    'and that the Harbour Authority would publish the accounts of the works every quarter from next spring onwards.\n',
  source: null,
  publishedAt: null,
};

/** Dated months after the others, so the entity timeline spans weeks with empty ones between. */
export const SUMMER_ARTICLE: FixtureArticle = {
  name: 'summer',
  title: 'Lukashenko visits a summer fair',
  text: 'Lukashenko visits a summer fair\n\nAlexander Lukashenko opened a fair in Brest.\n',
  source: 'BelTA',
  publishedAt: '2024-06-15T09:00:00Z',
};

export const wireArticle = (i: number): FixtureArticle => ({
  name: `wire-${i}`,
  title: `Wire report ${i}`,
  text: `Wire report ${i}\n\nCouncil budget item ${i} was read.\n`,
  source: 'Wire',
  publishedAt: `2024-04-${String(i).padStart(2, '0')}T08:00:00Z`,
});

export interface AnalystWorld {
  markdown: string;
  summer: string;
  harbourAuthority: string;
  minskFileHash: string;
}

/**
 * On top of the newsroom: enough articles for two pages, quotes of every kind, same-name alias reasons,
 * a duplicate file, an empty file whose reason the ledger records twice, and the article ids the watcher
 * records for each published file.
 */
export async function seedAnalystWorld(db: DataSource, world: Newsroom): Promise<AnalystWorld> {
  for (let i = 1; i <= WIRE_COUNT; i++) await insertArticle(db, wireArticle(i));
  const markdown = await insertArticle(db, MARKDOWN_ARTICLE);
  await db.query(`UPDATE articles SET title = NULL WHERE id = $1`, [markdown]);
  const summer = await insertArticle(db, SUMMER_ARTICLE);
  await insertMention(db, SUMMER_ARTICLE, world.lukashenko, 'Alexander Lukashenko', 'PERSON', 'Alexander Lukashenko');
  const harbourAuthority = await insertEntity(db, 'Harbour Authority', 'ORG');
  await insertMention(db, MARKDOWN_ARTICLE, harbourAuthority, 'Harbour Authority', 'ORG', 'Harbour Authority');

  await insertQuote(db, MARKDOWN_ARTICLE, 0, '“unfriendly steps”', null, 'g-unfriendly');
  await insertQuote(db, MARKDOWN_ARTICLE, 1, 'the plan would cut costs for every family in the district', null, 'g-costs');
  await db.query(`UPDATE quotes SET kind = CASE ordinal WHEN 0 THEN 'partial' ELSE 'indirect' END WHERE article_id = $1`, [markdown]);

  const sameName = `"Alexander Lukashenko" and "Alexander Lukashenko" are the same name (article ${world.ids.minsk})`;
  // As entity linking records it: every name of a document's entity gets the reason its full name matched.
  await db.query(`UPDATE entity_aliases SET reason = $2 WHERE entity_id = $1 AND alias IN ('Alexander Lukashenko', 'Lukashenko')`, [world.lukashenko, sameName]);

  await db.query(`UPDATE file_ledger f SET article_ids = ARRAY[a.id] FROM articles a WHERE a.file_hash = f.content_hash AND f.state = 'published'`);
  const minskFileHash = sha(ARTICLES.minsk.text);
  await db.query(
    `INSERT INTO file_ledger (path, size, mtime_ms, content_hash, state, reason, duplicate_of_path, rejections) VALUES
       ('/inbox/minsk-again.txt', 300, 0, $1, 'duplicate-file', 'same content as /inbox/minsk.txt', '/inbox/minsk.txt', '[]'),
       ('/inbox/empty.txt', 0, 0, $2, 'rejected', 'empty file', NULL, '[{"recordIndex": null, "reason": "empty file", "code": "empty"}]')`,
    [minskFileHash, sha('empty')],
  );
  return { markdown, summer, harbourAuthority, minskFileHash };
}

