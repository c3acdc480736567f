import { aliasKey } from '../repositories/entity-linking.repository';
import { SqlParams, containsPattern } from './sql-params';

/** Entity ids known under a name: any alias, compared by its normalised key. */
export function entityIdsByAlias(p: SqlParams, name: string): string {
  return `(SELECT al.entity_id FROM entity_aliases al WHERE al.alias_key = ${p.add(aliasKey(name))})`;
}

/** Quotes whose speaker is known under a name: any alias of the speaker entity, or part of the resolved name. */
export function speakerCondition(p: SqlParams, quoteAlias: string, name: string): string {
  return `(${quoteAlias}.speaker_entity_id IN ${entityIdsByAlias(p, name)} OR ${quoteAlias}.speaker_canonical ILIKE ${p.add(containsPattern(name))})`;
}
