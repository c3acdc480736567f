import { ArticleFilters } from '@newsflow/contracts';
import { entityIdsNamed } from './name-match';
import { ARTICLE_DATE, dateRangeConditions } from './row-mappers';
import { LIVE_ARTICLE } from '../repositories/stored-articles';
import { SqlParams, containsPattern, sourceIs } from './sql-params';

/**
 * A column (id or article_id) of the quotes whose speaker is known under a name: the entities the name best
 * matches (see entityIdsNamed, as entity= does), or, for a speaker resolved to a name but to no entity,
 * part of that name. A UNION rather than OR lets each half use its own index.
 */
export function quotesBySpeaker(p: SqlParams, name: string, column: 'id' | 'article_id'): string {
  return `(SELECT s.${column} FROM quotes s WHERE s.speaker_entity_id IN ${entityIdsNamed(p, name)}
           UNION SELECT s.${column} FROM quotes s WHERE s.speaker_canonical ILIKE ${p.add(containsPattern(name))} AND s.speaker_entity_id IS NULL)`;
}

/** The tsquery of a full-text search, as SQL over `p`. */
export const tsqueryOf = (p: SqlParams, q: string) => `websearch_to_tsquery('english', ${p.add(q)})`;

/** Conditions on `articles a` for the filters GET /articles and GET /export/articles share. */
export function articleConditions(p: SqlParams, query: ArticleFilters & { entityId?: string }, tsquery: string | null): string[] {
  const conditions: string[] = [];
  if (tsquery) conditions.push(`a.search @@ ${tsquery}`);
  if (query.entity) conditions.push(`a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id IN ${entityIdsNamed(p, query.entity)})`);
  if (query.entityId) conditions.push(`a.id IN (SELECT m.article_id FROM mentions m WHERE m.entity_id = ${p.add(query.entityId)})`);
  if (query.speaker) conditions.push(`a.id IN ${quotesBySpeaker(p, query.speaker, 'article_id')}`);
  if (query.source) conditions.push(sourceIs('a.source', p.add(query.source)));
  // Old versions and retracted articles only when asked for by state.
  conditions.push(query.state ? `a.state = ${p.add(query.state)}` : `a.${LIVE_ARTICLE}`);
  conditions.push(...dateRangeConditions(p, ARTICLE_DATE, query));
  return conditions;
}
