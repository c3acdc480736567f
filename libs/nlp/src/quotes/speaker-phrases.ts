/** Speaker phrases around a cue: left of it (subject, appositive, possessor), right of it, or after "according to". */
import { BETWEEN_SUBJECT_AND_CUE, CUE_TAKING_VERBS, DETERMINERS, NOUN_LIKE_BASE_CUES, SPEAKING_BODIES, NP_STOP, PERSON_PRONOUNS, PERSON_ROLES, SAY_VERBS, SUBJECT_PRONOUNS } from './lexicon';
import { Token } from './segment';
import {
  ADJUNCT_OPENERS, CONTRACTED_SUBJECTS, INVERTED_CUES, MAX_AFFILIATION_TOKENS, MAX_SPEAKER_TOKENS, NP_PREPOSITIONS, SPEAKER_MODIFIERS, TIME_PREPOSITIONS,
  forms, isAdverb, isInitialDot, isNameWord, isPunct, isTimePhrase, isUpper, isWord,
} from './token-shapes';

/** The speaker phrase that ends right before `end` (exclusive), walking left. */
export function speakerLeft(text: string, toks: Token[], end: number): [number, number] | null {
  if (isPunct(toks[end - 1], ',')) return appositiveSpeaker(text, toks, end - 1);
  let j = end - 1;
  const skipBetween = (): void => {
    while (isWord(toks[j]) && (BETWEEN_SUBJECT_AND_CUE.has(toks[j].low) || isAdverb(text, toks[j]) || /n[’']t$/.test(toks[j].low))) j--;
  };
  skipBetween();
  // "he appeared to suggest", "Trump is expected to announce": the subject of the verb that takes the cue
  for (let chain = 0; chain < 2 && toks[j]?.low === 'to' && CUE_TAKING_VERBS.has(toks[j - 1]?.low ?? ''); chain++) {
    j -= 2;
    skipBetween();
  }
  // "Another Metro News anchor, Nina Brandt, had earlier condemned": the appositive before the auxiliaries
  if (j < end - 1 && isPunct(toks[j], ',')) return appositiveSpeaker(text, toks, j);
  const close = j;
  j = skipAffiliation(toks, j);
  if (!isWord(toks[j])) return null;
  if (SUBJECT_PRONOUNS.has(toks[j].low)) return [j, j + 1];
  if (isPossessive(toks[j])) return possessor(text, toks, j);
  let k = j;
  while (k > j - MAX_SPEAKER_TOKENS && (isNameWord(text, toks, k) || isInitialDot(toks, k) || isNounCue(text, toks, k) || isPluralPossessive(toks, k))) k--;
  // "A poll in late August found": a time phrase between the subject and the cue is not the speaker
  if (TIME_PREPOSITIONS.has(toks[k]?.low ?? '') && k < j && isTimePhrase(toks, k + 1, j + 1) && isWord(toks[k - 1])) {
    j = k - 1;
    if (SUBJECT_PRONOUNS.has(toks[j].low)) return [j, j + 1]; // "who in 2010 said"
    k = j;
    while (k > j - MAX_SPEAKER_TOKENS && (isNameWord(text, toks, k) || isInitialDot(toks, k) || isNounCue(text, toks, k) || isPluralPossessive(toks, k))) k--;
  }
  // "X of Y said", "a spokesman for Z said": keep the preposition when a noun phrase precedes it
  while (NP_PREPOSITIONS.has(toks[k]?.low ?? '') && isWord(toks[k - 1]) && !NP_STOP.has(toks[k - 1].low)) {
    k -= 2;
    while (k > j - MAX_SPEAKER_TOKENS && (isNameWord(text, toks, k) || isInitialDot(toks, k) || isNounCue(text, toks, k) || isPluralPossessive(toks, k))) k--;
  }
  let start = k + 1;
  // "Meanwhile Trump continues …", "Perhaps the panel hosts will insist …": the sentence adverb is not the name
  while (start < j && SENTENCE_ADVERBS.has(toks[start].low)) start++;
  if (start > j) return null;
  return plausibleSpeaker(text, toks, start, j + 1) ? [start, Math.max(j, close) + 1] : null;
}

/** The mark of "attendants' union": an apostrophe after a plural inside a noun phrase. */
const isPluralPossessive = (toks: Token[], k: number): boolean =>
  isPunct(toks[k], "'’") && isWord(toks[k - 1]) && toks[k - 1].low.endsWith('s') && isWord(toks[k + 1]);

/** Past forms that are never nouns. */
const PAST_FORMS = /(ed|ing)$|^(said|told|wrote|thought|knew|saw|felt|understood|found|spoke|sought|swore)$/;

/**
 * "The appeals court ruled", "Voting rights advocates have expressed": a cue word shaped like a noun, after a
 * determiner or a lower-case word, is part of the subject ("Trump says" is not: a name or pronoun before it).
 */
function isNounCue(text: string, toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!isWord(t) || isUpper(text, t) || !SAY_VERBS.has(t.low) || PAST_FORMS.test(t.low)) return false;
  const left = toks[k - 1];
  if (!isWord(left)) return false;
  if (DETERMINERS.has(left.low)) return true;
  // "City Hall press officer Dana Whitfield": a base form modifying the noun after it, after a name
  const right = toks[k + 1];
  if (isUpper(text, left) && !/([^s]s|ed|ing)$/.test(t.low) && isWord(right) && !isUpper(text, right) && !SAY_VERBS.has(right.low) && !NP_STOP.has(right.low) && !BETWEEN_SUBJECT_AND_CUE.has(right.low)) return true;
  // "the IMF report stated": a noun-like base form after a name, right before another cue, is the subject's head
  if (isUpper(text, left) && NOUN_LIKE_BASE_CUES.has(t.low) && isWord(right) && SAY_VERBS.has(right.low) && !isUpper(text, right)) return true;
  return !isUpper(text, left) && !NP_STOP.has(left.low) && !SUBJECT_PRONOUNS.has(left.low) && !SAY_VERBS.has(left.low) && !isAdverb(text, left);
}

const SENTENCE_ADVERBS = new Set(forms(`meanwhile however still perhaps yet instead indeed moreover similarly likewise nonetheless
  nevertheless finally ultimately separately previously recently already now then later earlier today yesterday also thus so`));

/** "Trump’s" but not "he’s"; by char code, as it runs on every word. */
export function isPossessive(t: Token): boolean {
  const w = t.low;
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 115) return false; // s
  const mark = w.charCodeAt(n - 2);
  return (mark === 39 || mark === 8217) && !CONTRACTED_SUBJECTS.has(w.slice(0, -2)); // ' ’
}

/** "Donald Trump’s claim that …": the capitalised name ending in the possessive at j. */
export function possessor(text: string, toks: Token[], j: number): [number, number] | null {
  let k = j;
  while (k > j - MAX_SPEAKER_TOKENS && (isWord(toks[k - 1]) && isUpper(text, toks[k - 1]) || isInitialDot(toks, k - 1))) k--;
  return isUpper(text, toks[k]) ? [k, j + 1] : null;
}

/** "Rep. Dana Whitfield (D-Ore.) said": when `j` closes a short parenthesis, the index of the word before it. */
function skipAffiliation(toks: Token[], j: number): number {
  if (!isPunct(toks[j], ')')) return j;
  for (let k = j - 1; k >= 0 && k >= j - MAX_AFFILIATION_TOKENS; k--) if (isPunct(toks[k], '(')) return k - 1;
  return j;
}

/** "Scott Pruitt, the attorney general of Oklahoma, said": the name and its appositive, commas excluded. */
function appositiveSpeaker(text: string, toks: Token[], comma: number): [number, number] | null {
  let k = comma - 1;
  while (k > comma - 1 - 2 * MAX_SPEAKER_TOKENS && k >= 0 && (toks[k].kind === 'word' || isInitialDot(toks, k) || isPunct(toks[k], '()-'))) k--;
  if (!isPunct(toks[k], ',') || k === comma - 1) return null;
  // "…with Democrats, and the hearing went downhill from there, said …": a clause, not an appositive
  if (COORDINATORS.has(toks[k + 1].low) || toks[k + 1].low === 'or') return null;
  // "Critics, however, say": an adverb set off by commas, and the subject before it
  if (comma === k + 2 && (SENTENCE_ADVERBS.has(toks[k + 1].low) || toks[k + 1].low === 'though')) return speakerLeft(text, toks, k);
  const name = speakerLeft(text, toks, k);
  if (name && isUpper(text, toks[name[0]])) return [name[0], comma];
  // "“…,” its national officer, Dev Patel, said": right after the quotation, a lower-case description and its name
  if (name && toks[name[0] - 1]?.kind === 'quote' && isUpper(text, toks[k + 1]) && !NP_STOP.has(toks[k + 1].low)) return [name[0], comma];
  return null;
}

/** How far back a long subject may start: "Dr. Ellen Shaw, who as an Army major was …, said". */
const MAX_LONG_SUBJECT_TOKENS = 48;
const CLAUSE_OPENERS = new Set(forms('that because while when if but although though since after before as whether'));
const DASH_TOKENS = '—–―-';

/**
 * The subject of an unmistakable cue that the speaker walk missed. After a comma or dash the subject is
 * the name that opens the clause ("Angelique Brunner, a developer …, which is …, said"); otherwise it is
 * the run of words back to the clause start ("Specialists on Iran and missile defense said").
 */
export function clauseSubject(text: string, toks: Token[], cue: number): [number, number] | null {
  let j = cue - 1;
  while (isWord(toks[j]) && (BETWEEN_SUBJECT_AND_CUE.has(toks[j].low) || isAdverb(text, toks[j]))) j--;
  if (j < 0) return null;
  if (isPunct(toks[j], ',' + DASH_TOKENS)) {
    let k = j - 1;
    while (k >= 0 && k > cue - MAX_LONG_SUBJECT_TOKENS && !isPunct(toks[k], ';:') && toks[k].kind !== 'quote') k--;
    let start = k + 1;
    if (isPunct(toks[start], ',') && toks[k]?.kind === 'quote') start++; // “…,” Scott Pruitt, the attorney general, said
    if (start !== 0 && toks[k]?.kind !== 'quote') return null;
    // "In a filing, a lawyer for the company, Lee Ortiz, said": the opening phrase and a
    // lower-case description before the name are passed over
    if (COORDINATORS.has(toks[start]?.low ?? '')) start++;
    const opener = NP_STOP.has(toks[start]?.low ?? '');
    for (let segment = 0; segment < 3; segment++) {
      let end = start;
      while (end < j && end < start + MAX_SPEAKER_TOKENS && (isWord(toks[end]) || isInitialDot(toks, end))) end++;
      if (end === start || !isPunct(toks[end], ',(' + DASH_TOKENS)) return null;
      if (isUpper(text, toks[start]) && !NP_STOP.has(toks[start].low)) return [start, end];
      if (!opener || !isPunct(toks[end], ',')) return null;
      start = end + 1;
    }
    return null;
  }
  let k = j;
  while (k >= 0 && k > j - MAX_SPEAKER_TOKENS - 2 && isWord(toks[k]) && !CLAUSE_OPENERS.has(toks[k].low) && !(SAY_VERBS.has(toks[k].low) && !isUpper(text, toks[k]))) k--;
  const start = k + 1;
  if (start > j || (k >= 0 && !isPunct(toks[k], ',(') && !CLAUSE_OPENERS.has(toks[k].low))) return null;
  const first = toks[start];
  const named = isUpper(text, first) || DETERMINERS.has(first.low) || /^\d/.test(first.low) || PERSON_ROLES.has(toks[j].low);
  return named ? [start, j + 1] : null;
}

const INDEFINITE_PEOPLE = new Set(forms('someone somebody everyone everybody anyone anybody nobody'));

const COORDINATORS = new Set(forms('and but yet'));
const OPENING_PRONOUNS = new Set(forms('he she they we i'));
/** Auxiliaries and adverbs between a coordinator and its verb: "but has said", "and then asked". */
export const COORDINATED_AUXILIARIES = new Set(forms('has have had also then later would will'));

/**
 * "Varga grinned and asked the audience to …", "Mr. Kemp usually backed Republicans … and said …": a cue
 * coordinated with the sentence's first verb shares its subject.
 */
export function coordinatedSubject(text: string, toks: Token[], cue: number): [number, number] | null {
  let k = cue - 1;
  while (k > 0 && COORDINATED_AUXILIARIES.has(toks[k].low)) k--;
  if (!isWord(toks[k]) || !COORDINATORS.has(toks[k].low)) return null;
  return openingSubject(text, toks, k);
}

/**
 * "Ortega chimed in on Facebook, saying that …": a participle after a comma, with no attribution before it,
 * reports what the sentence's subject said.
 */
export function participleSubject(text: string, toks: Token[], cue: number): [number, number] | null {
  // also after a preposition: "Dean then appeared on MSNBC and began by saying …"
  return isPunct(toks[cue - 1], ',') || PARTICIPLE_PREPOSITIONS.has(toks[cue - 1]?.low ?? '') ? openingSubject(text, toks, cue - 1) : null;
}

const PARTICIPLE_PREPOSITIONS = new Set(forms('by while without'));

/** "Claiming …, Trump told Fox …": the pronoun or name that opens the clause at `from`, with its verb after it. */
export function clauseOpeningSubject(text: string, toks: Token[], from: number): [number, number] | null {
  if (isWord(toks[from]) && OPENING_PRONOUNS.has(toks[from].low)) return [from, from + 1];
  let end = from;
  while (end < from + MAX_SPEAKER_TOKENS && ((isWord(toks[end]) && isUpper(text, toks[end])) || isInitialDot(toks, end))) end++;
  if (end === from || !isWord(toks[end]) || isUpper(text, toks[end]) || (NP_STOP.has(toks[end].low) && !BETWEEN_SUBJECT_AND_CUE.has(toks[end].low))) return null;
  return [from, end];
}

/**
 * "…, I laughed and said, “…”": the verb before the "and" at `and` has a subject of its own, which opens a
 * clause after a comma or semicolon; that subject, not the previous attribution's, says what follows.
 */
export function coordinatedClauseSubject(text: string, toks: Token[], and: number): [number, number] | null {
  const verb = toks[and - 1];
  if (!isWord(verb) || isUpper(text, verb) || NP_STOP.has(verb.low) || SAY_VERBS.has(verb.low)) return null;
  const end = and - 1;
  let start = end;
  if (isWord(toks[end - 1]) && OPENING_PRONOUNS.has(toks[end - 1].low)) start = end - 1;
  else while (start > end - MAX_SPEAKER_TOKENS && ((isWord(toks[start - 1]) && isUpper(text, toks[start - 1])) || isInitialDot(toks, start - 1))) start--;
  return start < end && isPunct(toks[start - 1], ',;') ? [start, end] : null;
}

/** The name (or pronoun) a sentence opens with, when a lower-case verb follows it before `limit`. */
function openingSubject(text: string, toks: Token[], limit: number): [number, number] | null {
  // "But Scott invoked …": the sentence's own conjunction is not part of the name
  const start = isWord(toks[0]) && COORDINATORS.has(toks[0].low) ? 1 : 0;
  if (!isWord(toks[start]) || (NP_STOP.has(toks[start].low) && !SUBJECT_PRONOUNS.has(toks[start].low))) return null;
  if (OPENING_PRONOUNS.has(toks[start].low)) return [start, start + 1];
  let end = start;
  while (end < limit && end < start + MAX_SPEAKER_TOKENS && ((isWord(toks[end]) && isUpper(text, toks[end])) || isInitialDot(toks, end))) end++;
  // "Dean, a former party chairman, poked at …": the verb comes after the name's appositive
  const verb = end > start && isPunct(toks[end], ',') ? afterAppositive(text, toks, end, limit) : end;
  // the name must be followed by its verb, not by more of a longer phrase ("Under Mrs. Clinton's plan, …")
  if (end === start || !isWord(toks[verb]) || isUpper(text, toks[verb]) || NP_STOP.has(toks[verb].low) && !BETWEEN_SUBJECT_AND_CUE.has(toks[verb].low)) return null;
  return isPossessive(toks[end - 1]) ? null : [start, end];
}

/** After "Name," the index just past the appositive's closing comma ("a former party chairman,"), or `comma` if none. */
function afterAppositive(text: string, toks: Token[], comma: number, limit: number): number {
  const first = toks[comma + 1];
  if (!isWord(first) || !DETERMINERS.has(first.low)) return comma;
  for (let k = comma + 2; k < limit && k <= comma + 2 * MAX_SPEAKER_TOKENS; k++) {
    if (isPunct(toks[k], ',')) return k + 1;
    if (!isWord(toks[k]) && !isInitialDot(toks, k)) return comma;
  }
  return comma;
}

const RELATIVE_OPENERS = new Set(forms('what which'));
const NAMING_CUES = new Set(forms('call calls called describe describes described term terms termed dub dubs dubbed'));

/**
 * "Ana Costa condemned what she called a “blatant violation”", "He did not address posts in which he called …":
 * the pronoun of a "what/which he called" stands for the sentence's subject, whose statement the naming is
 * part of.
 */
export function namingSpeaker(text: string, toks: Token[], subject: [number, number], cue: [number, number]): [number, number] {
  if (subject[1] - subject[0] !== 1 || !RELATIVE_OPENERS.has(toks[subject[0] - 1]?.low ?? '') || !PERSON_PRONOUNS.has(toks[subject[0]].low) && toks[subject[0]].low !== 'they') return subject;
  if (!NAMING_CUES.has(toks[cue[0]].low)) return subject;
  const opening = openingSubject(text, toks, subject[0] - 1);
  return opening && opening[0] !== subject[0] ? opening : subject;
}

/**
 * The longest bare plural speaker, with no capital or determiner: "sources", "farm groups", "oil industry
 * groups" (with 2 the last was dropped with its whole attribution; 3 left PolNeAR train as it was, and dev
 * content, source and exact F1 each 0.001 higher).
 */
const MAX_BARE_PLURAL_TOKENS = 3;

/** A speaker phrase names someone: a capitalised name, a determiner phrase, or a bare plural ("sources"). */
function plausibleSpeaker(text: string, toks: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isUpper(text, toks[k]) || DETERMINERS.has(toks[k].low) || INDEFINITE_PEOPLE.has(toks[k].low)) return true;
  if (/^\d/.test(toks[start].low) && end - start >= 2) return true; // "44 percent would back Trump"
  return end - start <= MAX_BARE_PLURAL_TOKENS && ((toks[end - 1].low.endsWith('s') && toks[end - 1].low.length > 3) || SPEAKING_BODIES.has(toks[end - 1].low));
}

/** The speaker phrase that starts at `start`, walking right: "said the leader of …", "according to X". */
export function speakerRight(text: string, toks: Token[], start: number): [number, number] | null {
  let k = start;
  while (k < toks.length && k < start + MAX_SPEAKER_TOKENS + 2) {
    const t = toks[k];
    if (t.kind === 'word') {
      if (k > start && ((SAY_VERBS.has(t.low) && !isUpper(text, t)) || (NP_STOP.has(t.low) && t.low !== 'of' && t.low !== 'for'))) break;
      k++;
    } else if ((isInitialDot(toks, k) && k + 1 < toks.length) || isDateSlash(toks, k)) {
      k++;
    } else break;
  }
  // a clause goes on: not a speaker; a modifier may ("said a party aide at the meeting")
  if (isWord(toks[k]) && k < start + MAX_SPEAKER_TOKENS + 2 && !(k > start && (SPEAKER_MODIFIERS.has(toks[k].low) || adjunctAfterInverted(toks, start, k)))) return null;
  while (k > start && (NP_STOP.has(toks[k - 1].low) || toks[k - 1].kind !== 'word')) k--;
  if (k <= start) return null;
  const first = toks[start];
  // "said 9/11 widow Terry Walsh", "said 32-year-old Ann Cole": a number may open a description before the name
  const numbered = /^\d/.test(first.low) && hasCapital(text, toks, start + 1, k);
  if (!(isUpper(text, first) || DETERMINERS.has(first.low) || SUBJECT_PRONOUNS.has(first.low) || first.low === 'him' || first.low === 'her' || first.low === 'them' || numbered)) return null;
  return [start, k];
}

/** "said Ms. Ortiz as she left": the writer's adjunct at k after a speaker inverted with its cue. */
const adjunctAfterInverted = (toks: Token[], start: number, k: number): boolean => ADJUNCT_OPENERS.has(toks[k].low) && INVERTED_CUES.has(toks[start - 1]?.low ?? '');

/** The slash of "9/11" inside a speaker phrase. */
const isDateSlash = (toks: Token[], k: number): boolean => isPunct(toks[k], '/') && /^\d/.test(toks[k - 1]?.low ?? '') && /^\d/.test(toks[k + 1]?.low ?? '');

function hasCapital(text: string, toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isWord(toks[k]) && isUpper(text, toks[k])) return true;
  return false;
}

/** How far the source of "according to" may run: "according to a Daily Ledger database tracking such cases". */
const MAX_SOURCE_TOKENS = 24;

/** The source after "according to": everything up to the next comma, dash, quote or sentence end. */
export function accordingToSource(toks: Token[], start: number): [number, number] | null {
  let k = start;
  while (k < toks.length && k < start + MAX_SOURCE_TOKENS && (isInitialDot(toks, k) || !(toks[k].kind === 'quote' || isPunct(toks[k], ',;:—–―.?!')))) k++;
  if (k === start || (k < toks.length && !(toks[k].kind === 'quote' || isPunct(toks[k], ',;:—–―.?!')))) return null;
  return [start, k];
}
