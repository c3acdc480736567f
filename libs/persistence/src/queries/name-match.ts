import { nameSearchKey } from '@newsflow/nlp';
import { aliasKey } from '../repositories/entity-linking.repository';
import { SqlParams } from './sql-params';

/** Shorter names are too short for trigrams or transliteration keys: they would match nearly every alias. */
const MIN_FUZZY_CHARS = 3;

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, '\\$&');

/**
 * Aliases matching a loosely spelled name, as SQL over `p` giving (entity_id, alias, tier, score):
 * tier 0 the exact alias (accents, case and punctuation ignored); 1 an alias with a word starting with the
 * name; 2 the same transliteration key, whole or as one word of the alias (Lukaschenko ~ Alexander
 * Lukashenko); 3 a similar spelling (pg_trgm similarity of the normalised alias). Score is the trigram
 * similarity. Every arm is served by an index on entity_aliases (prefix, trigram of alias_key or of name_key).
 */
export function aliasMatchesSql(p: SqlParams, name: string): string {
  const norm = aliasKey(name);
  const key = nameSearchKey(name);
  const normParam = p.add(norm);
  const prefix = p.add(`${likeEscaped(norm)}%`);
  const wordPrefix = p.add(`% ${likeEscaped(norm)}%`);
  const fuzzy = norm.length >= MIN_FUZZY_CHARS;
  const keyed = fuzzy && key.replace(/ /g, '').length >= MIN_FUZZY_CHARS;
  const keyWords = keyed ? p.add(`% ${likeEscaped(key)} %`) : null;
  const arms = [`al.alias_key LIKE ${prefix}`, `al.alias_key LIKE ${wordPrefix}`];
  if (keyWords) arms.push(`(' ' || al.name_key || ' ') LIKE ${keyWords}`);
  if (fuzzy) arms.push(`al.alias_key % ${normParam}`);
  return `SELECT al.entity_id, al.alias,
            CASE WHEN al.alias_key = ${normParam} THEN 0
                 WHEN al.alias_key LIKE ${prefix} OR al.alias_key LIKE ${wordPrefix} THEN 1
                 ${keyWords ? `WHEN (' ' || al.name_key || ' ') LIKE ${keyWords} THEN 2` : ''}
                 ELSE 3 END AS tier,
            ${fuzzy ? `similarity(al.alias_key, ${normParam})` : '0::real'} AS score
          FROM entity_aliases al WHERE ${arms.join(' OR ')}`;
}

/**
 * Ids of the entities a name best matches, as a subquery for `IN`: the entities of the best tier that
 * matches at all (an exact alias beats a prefix, which beats a transliteration, which beats a similar
 * spelling), so entity=, speaker= and about= agree. With `byId`, a number is an entity id.
 */
export function entityIdsNamed(p: SqlParams, name: string, options: { byId?: boolean } = {}): string {
  if (options.byId && /^[1-9][0-9]{0,17}$/.test(name.trim())) return `(SELECT ${p.add(name.trim())}::bigint)`;
  return `(SELECT m.entity_id FROM (SELECT x.entity_id, x.tier, min(x.tier) OVER () AS best FROM (${aliasMatchesSql(p, name)}) x) m WHERE m.tier = m.best)`;
}
