import { aliasKey } from '../repositories/entity-linking.repository';
import { SqlParams, containsPattern } from './sql-params';

/** Entity ids known under a name: any alias, compared by its normalised key. */
export function entityIdsByAlias(p: SqlParams, name: string): string {
  return `(SELECT al.entity_id FROM entity_aliases al WHERE al.alias_key = ${p.add(aliasKey(name))})`;
}

/**
 * A column (id or article_id) of the quotes whose speaker is known under a name: any alias of the speaker
 * entity, or part of the resolved name. A UNION rather than OR lets each half use its own index.
 */
export function quotesBySpeaker(p: SqlParams, name: string, column: 'id' | 'article_id'): string {
  return `(SELECT s.${column} FROM quotes s WHERE s.speaker_entity_id IN ${entityIdsByAlias(p, name)}
           UNION SELECT s.${column} FROM quotes s WHERE s.speaker_canonical ILIKE ${p.add(containsPattern(name))})`;
}
