/**
 * What the words right after a cue say about it: "said of X" names a topic, "said Friday as she left"
 * opens the writer's adjunct, "spoke for five minutes" reports speaking with no topic.
 */
import { AFTER_CUE_SKIP } from './lexicon';
import { DEGREE_WORDS } from './cue-forms';
import { Token } from './segment';
import { ADJUNCT_OPENERS, forms, isAdverb, isInitialDot, isPunct, isUpper, isWord } from './token-shapes';

/** Forms of "say" whose "of" names the topic: "…,” the senator said of the plan. */
const SAY_FORMS = new Set(forms('say says said saying'));

/** "…,” Ms. Reyes said of the new levy": the "of" phrase is what the statement was about, not what was said. */
export const topicOf = (toks: Token[], cue: [number, number], next: Token): boolean => next.low === 'of' && SAY_FORMS.has(toks[cue[1] - 1].low);

/** "as much", "as well": "as" with these is the object of the cue, not a clause of the writer's. */
const AS_OBJECTS = new Set(forms('much well such'));

/** "…,” Ms. Ortiz said Friday as she left the hearing": the clause at k is the writer's adjunct. */
export const adjunctAt = (toks: Token[], k: number): boolean =>
  isWord(toks[k]) && ADJUNCT_OPENERS.has(toks[k].low) && !(toks[k].low === 'as' && AS_OBJECTS.has(toks[k + 1]?.low ?? ''));

/** Verbs of speaking whose content is only a topic after a preposition: "spoke about the plan". */
const SPEAK_FORMS = new Set(forms('speak speaks spoke spoken speaking talk talks talked talking'));
/** What opens the topic of "spoke …": "spoke of", "talked about", "spoke out against". */
const TOPIC_PREPOSITIONS = new Set(forms('of about on out against up'));

/** How long a listener between "spoke" and its topic may be: "talks to DuVernay about …". */
const MAX_TOPIC_LISTENER_TOKENS = 4;
/** Prepositions that open a topic after a listener ("of" there belongs to the listener: "a meeting of pilots"). */
const TOPIC_AFTER_LISTENER = new Set(forms('about on against'));

/** "The two spoke for five minutes", "he spoke to a gathering": speaking with no topic says nothing. */
export function speaksWithoutTopic(text: string, toks: Token[], cue: [number, number], from: number): boolean {
  // a title-case headline drops its prepositions' weight: "Sanders Speaks Directly To Voters"
  if (!SPEAK_FORMS.has(toks[cue[1] - 1].low) || isUpper(text, toks[cue[1] - 1])) return false;
  let k = from;
  while (isWord(toks[k]) && !TOPIC_PREPOSITIONS.has(toks[k].low) && (isAdverb(text, toks[k]) || DEGREE_WORDS.has(toks[k].low) || AFTER_CUE_SKIP.has(toks[k].low))) k++;
  // "speaks more often in public about …": a two-word manner phrase before the topic
  if ((toks[k]?.low === 'in' || toks[k]?.low === 'at') && isWord(toks[k + 1]) && TOPIC_PREPOSITIONS.has(toks[k + 2]?.low ?? '')) k += 2;
  if (isWord(toks[k]) && TOPIC_PREPOSITIONS.has(toks[k].low)) return false;
  if (toks[k]?.low !== 'to' && toks[k]?.low !== 'with') return true;
  for (let j = k + 1; j <= k + MAX_TOPIC_LISTENER_TOKENS && isWord(toks[j]); j++) if (TOPIC_AFTER_LISTENER.has(toks[j].low)) return false;
  return true;
}

/** Prepositions that open an aside between a cue and its that-less clause: "said after the convention he …". */
const ASIDE_PREPOSITIONS = new Set(forms('after at during in on before'));
const CLAUSE_PRONOUNS = new Set(forms('he she they we i'));
/** Verbs a pronoun subject's clause starts with. */
const CLAUSE_VERBS = new Set(forms('would will could can should might must may has have had is are was were did does do'));

/** The token right after a cue opens an aside before a that-less clause: "said after the convention he …". */
export const opensAside = (t: Token | undefined): boolean => isWord(t) && ASIDE_PREPOSITIONS.has(t.low);

/** Token k opens a clause ("he would …") after the aside that `opensAside` found at `from` ("after the convention"). */
export function clauseAfterAside(toks: Token[], from: number, k: number): boolean {
  if (k < from + 2 || !CLAUSE_PRONOUNS.has(toks[k].low)) return false;
  return isWord(toks[k + 1]) && CLAUSE_VERBS.has(toks[k + 1].low) && isWord(toks[k - 1]);
}

/** Words a venue or time after a cue opens with: "in her memo", "on Monday", "last year". */
const VENUE_OPENERS = new Set(forms('in on at during to before after last this earlier recently'));
/** How long a venue between an "as" clause's cue and its comma may be: "as we saw in 2009,". */
const MAX_VENUE_TOKENS = 6;

/** The comma closing "As X noted[ in her memo]," at or after `from`, or -1 when other words or marks come first. */
export function commaAfterVenue(toks: Token[], from: number): number {
  // "As Clinton talked about …, Trump …": a topic makes "as" a time, not a source
  if (isWord(toks[from]) && !VENUE_OPENERS.has(toks[from].low)) return -1;
  for (let k = from; k < toks.length && k <= from + MAX_VENUE_TOKENS; k++) {
    if (isPunct(toks[k], ',')) return k;
    if (!isWord(toks[k]) && !isInitialDot(toks, k)) return -1;
  }
  return -1;
}
