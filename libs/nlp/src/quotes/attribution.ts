/**
 * Finds attributions in one sentence: who (a speaker phrase), the cue, and the token range of what
 * was said. Works on tokens with quotes collapsed, looking only a bounded number of tokens around each
 * cue, so a sentence costs time linear in its length.
 */
import {
  AFTER_CUE_SKIP, BETWEEN_SUBJECT_AND_CUE, CLAUSE_CUES, CUE_PARTICLES, NOUN_LIKE_BASE_CUES, DETERMINERS, PERSON_PRONOUNS, NP_STOP, PARTICIPLE_CUES, POSSESSIVES, QUOTING_VERBS, SAY_VERBS,
  PERSON_ROLES, SAFE_S_CUES, SUBJECT_PRONOUNS, TELL_VERBS, TRAILING_AFTER_CUE,
} from './lexicon';
const forms = (list: string): string[] => list.split(/\s+/).filter(Boolean);
/** Cues that report speech whatever their subject looks like. */
const STRONG_CUES = new Set(forms(`say says said told tells added adds noted notes argued argues claimed claims wrote writes
  warned warns insisted insists stressed stresses explained explains acknowledged acknowledges admitted admits predicted
  suggested suggests contended contends asserted asserts maintained maintains announced announces concluded cautioned
  stated states emphasized emphasised reported declared confirmed denied revealed`));
import { CueJudge, cueFeatures, mayBeLearnedCue } from './learned-cue';
import { Token } from './segment';

/** Token ranges are [from, to). */
export interface Attribution {
  speaker: [number, number] | null;
  cue: [number, number];
  /** What was said, or null when the sentence only names the speaker ("Lukashenko said."). */
  content: [number, number] | null;
  /** The content came before the cue ("…, X said"). */
  contentFirst: boolean;
  /** A participle or coordinated cue that continues an earlier attribution's speaker. */
  continuation?: boolean;
  /** The cue is a learned one (a stance or event verb): its speaker does not carry over to standalone quotes. */
  learned?: boolean;
  /** The rest of a sentence the attribution interrupts: "Climate change, Obama says, is the greatest threat". */
  tail?: [number, number];
}

const MAX_SPEAKER_TOKENS = 8;
/** How many earlier attributions of a sentence a new one is checked against: keeps the pass linear. */
const LOOK_BACK = 4;
/** "(D-Wis.)", "(R)": a party and state after a name. */
const MAX_AFFILIATION_TOKENS = 6;
/** Reported content longer than this (no sentence end in sight) is cut: it bounds the output per cue. */
const MAX_CONTENT_TOKENS = 300;
const ABBREVIATION_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'gov', 'sen', 'rep', 'st', 'gen', 'prof', 'lt', 'col']);

const TIME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'since', 'until', 'by']);
const TIME_WORDS = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday week weekend month year night morning afternoon evening day days weeks months years
  early late mid last this past recent`.split(/\s+/),
);
/** Every word of [from, to) is a time word or a number: "late August", "2012", "the past week". */
const isTimePhrase = (toks: Token[], from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (!(TIME_WORDS.has(toks[k].low) || /^\d/.test(toks[k].low) || toks[k].low === 'the')) return false;
  return true;
};
const CONTRACTED_SUBJECTS = new Set(['he', 'she', 'it', 'that', 'what', 'there', 'who', 'here', 'where']);
/** Prepositions inside a speaker phrase: "a spokesman for Z", "Experts on North Korea", "Those close to him". */
const NP_PREPOSITIONS = new Set(['of', 'for', 'on', 'in']);
/** Cues whose "to" names the listener ("said to reporters"), not what was said. */
const SPEECH_TO_LISTENER = new Set(['say', 'says', 'said', 'saying', 'add', 'adds', 'added', 'adding', 'explain', 'explains', 'explained', 'write', 'writes', 'wrote', 'note', 'notes', 'noted']);
/** Words after which a speaker phrase after its cue may go on with a modifier. */
const SPEAKER_MODIFIERS = new Set(['in', 'on', 'at', 'from', 'with', 'who', 'whose', 'which']);
const CONTINUE_FORMS = new Set(['continued', 'continues']);
/** A quote ends right before the subject of the cue at i: "“…,” she continued". */
const quoteBefore = (toks: Token[], i: number): boolean => toks[i - 2]?.kind === 'quote' || (isPunct(toks[i - 2], ',') && toks[i - 3]?.kind === 'quote');
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isUpper = (text: string, t: Token): boolean => {
  const c = text.charCodeAt(t.start);
  if (c < 128) return c >= 65 && c <= 90;
  return /\p{Lu}/u.test(text[t.start]);
};
const isPunct = (t: Token | undefined, chars: string): boolean => t !== undefined && t.kind === 'punct' && chars.includes(t.low);
/** Nouns that end like adverbs: "The family said", "a Trump ally said". */
const LY_NOUNS = new Set(forms('family ally assembly rally supply reply anomaly monopoly bully'));
const isAdverb = (text: string, t: Token): boolean => t.low.length > 4 && t.low.endsWith('ly') && !isUpper(text, t) && !LY_NOUNS.has(t.low);

/** A word of a speaker phrase; a capitalised cue word is part of a name ("the Commission on Presidential Debates"). */
const isNameWord = (text: string, toks: Token[], k: number): boolean =>
  isWord(toks[k]) && !NP_STOP.has(toks[k].low) && (!SAY_VERBS.has(toks[k].low) || isUpper(text, toks[k]));
/** The dot of "Mr." or "R." inside a name. */
export const isInitialDot = (toks: Token[], k: number): boolean =>
  toks[k]?.low === '.' && isWord(toks[k - 1]) && (ABBREVIATION_WORDS.has(toks[k - 1].low) || toks[k - 1].low.length === 1 || toks[k - 1].low.includes('.'));

/** The speaker phrase that ends right before `end` (exclusive), walking left. */
function speakerLeft(text: string, toks: Token[], end: number): [number, number] | null {
  if (isPunct(toks[end - 1], ',')) return appositiveSpeaker(text, toks, end - 1);
  let j = end - 1;
  while (isWord(toks[j]) && (BETWEEN_SUBJECT_AND_CUE.has(toks[j].low) || isAdverb(text, toks[j]) || /n[’']t$/.test(toks[j].low))) j--;
  const close = j;
  j = skipAffiliation(toks, j);
  if (!isWord(toks[j])) return null;
  if (SUBJECT_PRONOUNS.has(toks[j].low)) return [j, j + 1];
  if (isPossessive(toks[j])) return possessor(text, toks, j);
  let k = j;
  while (k > j - MAX_SPEAKER_TOKENS && (isNameWord(text, toks, k) || isInitialDot(toks, k))) k--;
  // "A poll in late August found": a time phrase between the subject and the cue is not the speaker
  if (TIME_PREPOSITIONS.has(toks[k]?.low ?? '') && k < j && isTimePhrase(toks, k + 1, j + 1) && isWord(toks[k - 1])) {
    j = k - 1;
    k = j;
    while (k > j - MAX_SPEAKER_TOKENS && (isNameWord(text, toks, k) || isInitialDot(toks, k))) k--;
  }
  // "X of Y said", "a spokesman for Z said": keep the preposition when a noun phrase precedes it
  while (NP_PREPOSITIONS.has(toks[k]?.low ?? '') && isWord(toks[k - 1]) && !NP_STOP.has(toks[k - 1].low)) {
    k -= 2;
    while (k > j - MAX_SPEAKER_TOKENS && (isNameWord(text, toks, k) || isInitialDot(toks, k))) k--;
  }
  const start = k + 1;
  if (start > j) return null;
  return plausibleSpeaker(text, toks, start, j + 1) ? [start, Math.max(j, close) + 1] : null;
}

const isPossessive = (t: Token): boolean => /['’]s$/.test(t.low) && !CONTRACTED_SUBJECTS.has(t.low.slice(0, -2));

/** "Donald Trump’s claim that …": the capitalised name ending in the possessive at j. */
function possessor(text: string, toks: Token[], j: number): [number, number] | null {
  let k = j;
  while (k > j - MAX_SPEAKER_TOKENS && (isWord(toks[k - 1]) && isUpper(text, toks[k - 1]) || isInitialDot(toks, k - 1))) k--;
  return isUpper(text, toks[k]) ? [k, j + 1] : null;
}

/** "Rep. Gwen Moore (D-Wis.) said": when `j` closes a short parenthesis, the index of the word before it. */
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
  const name = speakerLeft(text, toks, k);
  if (!name || !isUpper(text, toks[name[0]])) return null;
  return [name[0], comma];
}

/** How far back a long subject may start: "Dr. Connie Mariano, who as a Navy captain was …, said". */
const MAX_LONG_SUBJECT_TOKENS = 48;
const CLAUSE_OPENERS = new Set(forms('that because while when if but although though since after before as whether'));
const DASH_TOKENS = '—–―-';

/**
 * The subject of an unmistakable cue that the speaker walk missed. After a comma or dash the subject is
 * the name that opens the clause ("Angelique Brunner, a developer …, which is …, said"); otherwise it is
 * the run of words back to the clause start ("Experts on North Korea and nuclear nonproliferation said").
 */
function clauseSubject(text: string, toks: Token[], cue: number): [number, number] | null {
  let j = cue - 1;
  while (isWord(toks[j]) && (BETWEEN_SUBJECT_AND_CUE.has(toks[j].low) || isAdverb(text, toks[j]))) j--;
  if (j < 0) return null;
  if (isPunct(toks[j], ',' + DASH_TOKENS)) {
    let k = j - 1;
    while (k >= 0 && k > cue - MAX_LONG_SUBJECT_TOKENS && !isPunct(toks[k], ';:') && toks[k].kind !== 'quote') k--;
    let start = k + 1;
    if (isPunct(toks[start], ',') && toks[k]?.kind === 'quote') start++; // “…,” Scott Pruitt, the attorney general, said
    if (start !== 0 && toks[k]?.kind !== 'quote') return null;
    // "In a statement, one of the family's attorneys, Justin Bamberg, said": the opening phrase and a
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
const COORDINATED_AUXILIARIES = new Set(forms('has have had also then later would will'));

/**
 * "Scott beamed and asked the crowd to …", "Mr. Schultz generally supported Democrats … and said …": a cue
 * coordinated with the sentence's first verb shares its subject.
 */
function coordinatedSubject(text: string, toks: Token[], cue: number): [number, number] | null {
  let k = cue - 1;
  while (k > 0 && COORDINATED_AUXILIARIES.has(toks[k].low)) k--;
  if (!isWord(toks[k]) || !COORDINATORS.has(toks[k].low)) return null;
  return openingSubject(text, toks, k);
}

/** The name (or pronoun) a sentence opens with, when a lower-case verb follows it before `limit`. */
function openingSubject(text: string, toks: Token[], limit: number): [number, number] | null {
  // "But Scott invoked …": the sentence's own conjunction is not part of the name
  const start = isWord(toks[0]) && COORDINATORS.has(toks[0].low) ? 1 : 0;
  if (!isWord(toks[start]) || (NP_STOP.has(toks[start].low) && !SUBJECT_PRONOUNS.has(toks[start].low))) return null;
  if (OPENING_PRONOUNS.has(toks[start].low)) return [start, start + 1];
  let end = start;
  while (end < limit && end < start + MAX_SPEAKER_TOKENS && ((isWord(toks[end]) && isUpper(text, toks[end])) || isInitialDot(toks, end))) end++;
  // the name must be followed by its verb, not by more of a longer phrase ("Under Mrs. Clinton's plan, …")
  if (end === start || !isWord(toks[end]) || isUpper(text, toks[end]) || NP_STOP.has(toks[end].low) && !BETWEEN_SUBJECT_AND_CUE.has(toks[end].low)) return null;
  return isPossessive(toks[end - 1]) ? null : [start, end];
}

const RELATIVE_OPENERS = new Set(forms('what which'));
const NAMING_CUES = new Set(forms('call calls called describe describes described term terms termed dub dubs dubbed'));

/**
 * "Ban Ki-moon condemned what he called a “brazen breach”", "He did not address tweets in which he called …":
 * the pronoun of a "what/which he called" stands for the sentence's subject, whose statement the naming is
 * part of.
 */
function namingSpeaker(text: string, toks: Token[], subject: [number, number], cue: [number, number]): [number, number] {
  if (subject[1] - subject[0] !== 1 || !RELATIVE_OPENERS.has(toks[subject[0] - 1]?.low ?? '') || !PERSON_PRONOUNS.has(toks[subject[0]].low) && toks[subject[0]].low !== 'they') return subject;
  if (!NAMING_CUES.has(toks[cue[0]].low)) return subject;
  const opening = openingSubject(text, toks, subject[0] - 1);
  return opening && opening[0] !== subject[0] ? opening : subject;
}

/** A speaker phrase names someone: a capitalised name, a determiner phrase, or a bare plural ("sources"). */
function plausibleSpeaker(text: string, toks: Token[], start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (isUpper(text, toks[k]) || DETERMINERS.has(toks[k].low) || INDEFINITE_PEOPLE.has(toks[k].low)) return true;
  return end - start <= 2 && toks[end - 1].low.endsWith('s') && toks[end - 1].low.length > 3;
}

/** The speaker phrase that starts at `start`, walking right: "said the leader of …", "according to X". */
function speakerRight(text: string, toks: Token[], start: number): [number, number] | null {
  let k = start;
  while (k < toks.length && k < start + MAX_SPEAKER_TOKENS + 2) {
    const t = toks[k];
    if (t.kind === 'word') {
      if (k > start && (SAY_VERBS.has(t.low) || (NP_STOP.has(t.low) && t.low !== 'of' && t.low !== 'for'))) break;
      k++;
    } else if (isInitialDot(toks, k) && k + 1 < toks.length) {
      k++;
    } else break;
  }
  // a clause goes on: not a speaker; a modifier may ("said one GOP source in the room")
  if (isWord(toks[k]) && k < start + MAX_SPEAKER_TOKENS + 2 && !(k > start && SPEAKER_MODIFIERS.has(toks[k].low))) return null;
  while (k > start && (NP_STOP.has(toks[k - 1].low) || toks[k - 1].kind !== 'word')) k--;
  if (k <= start) return null;
  const first = toks[start];
  if (!(isUpper(text, first) || DETERMINERS.has(first.low) || SUBJECT_PRONOUNS.has(first.low) || first.low === 'him' || first.low === 'her' || first.low === 'them')) return null;
  return [start, k];
}

/** How far the source of "according to" may run: "according to a Washington Post database tracking such deaths". */
const MAX_SOURCE_TOKENS = 24;

/** The source after "according to": everything up to the next comma, dash, quote or sentence end. */
function accordingToSource(toks: Token[], start: number): [number, number] | null {
  let k = start;
  while (k < toks.length && k < start + MAX_SOURCE_TOKENS && (isInitialDot(toks, k) || !(toks[k].kind === 'quote' || isPunct(toks[k], ',;:—–―.?!')))) k++;
  if (k === start || (k < toks.length && !(toks[k].kind === 'quote' || isPunct(toks[k], ',;:—–―.?!')))) return null;
  return [start, k];
}

/** Skips time phrases and adverbs after a cue: "said on Friday", "announced last week". */
function skipAfterCue(text: string, toks: Token[], from: number): number {
  let a = from;
  // "said on Monday" is a time, "said on CNN" a venue that ends the clause ("called on Trump to …" is not)
  const venueOn = SPEECH_TO_LISTENER.has(toks[from - 1]?.low ?? '');
  while (isWord(toks[a]) && (AFTER_CUE_SKIP.has(toks[a].low) || isAdverb(text, toks[a])) && !(venueOn && toks[a].low === 'on' && !TIME_WORDS.has(toks[a + 1]?.low ?? ''))) a++;
  return a;
}

/**
 * The index just past a "that" or ':' introducing the content within a few tokens, or -1. Only cues
 * that take a clause look past their first token: in "called for dresses that showed", "that" is relative.
 */
function contentIntroducer(toks: Token[], from: number, cue: [number, number]): number {
  const clause = CLAUSE_CUES.has(toks[cue[1] - 1].low);
  const reach = clause ? 14 : 1;
  for (let k = from; k < toks.length && k < from + reach; k++) {
    const t = toks[k];
    // "could change that." ends the clause: a that before punctuation is a pronoun
    if (t.low === 'that' && t.kind === 'word' && (isWord(toks[k + 1]) || toks[k + 1]?.kind === 'quote')) return k + 1;
    if (t.low === ':') return k + 1;
    // "says at a campaign stop in Toledo, Ohio, that …": commas of an aside before the that
    if (t.kind === 'quote' || (t.low === ',' && !clause) || t.low === ';' || SAY_VERBS.has(t.low)) return -1;
  }
  return -1;
}

/** The cue's token range starting at i, or null: a reporting verb, "went on (to say)", "pointed out". */
function cueAt(text: string, toks: Token[], i: number): [number, number] | null {
  const low = toks[i].low;
  if (low === 'went' && toks[i + 1]?.low === 'on') return toks[i + 2]?.low === 'to' && toks[i + 3]?.low === 'say' ? [i, i + 4] : [i, i + 2];
  if ((low === 'pointed' || low === 'points') && toks[i + 1]?.low === 'out') return [i, i + 2];
  // "“…,” she continued." and "Caddell continued: …", not "prices continued to rise"
  if (CONTINUE_FORMS.has(low)) return isPunct(toks[i + 1], ':') || quoteBefore(toks, i) || (isPunct(toks[i + 1], ',') && toks[i + 2]?.kind === 'quote') ? [i, i + 1] : null;
  if (!SAY_VERBS.has(low)) return null;
  if (toks[i - 1]?.low === 'united') return null; // "the United States"
  // "news reports suggested": a noun followed by the real cue
  const mayBeNoun = (low.endsWith('s') && !low.endsWith('ss')) || NOUN_LIKE_BASE_CUES.has(low);
  if (mayBeNoun && isWord(toks[i + 1]) && SAY_VERBS.has(toks[i + 1].low) && !PARTICIPLE_CUES.has(toks[i + 1].low)) return null;
  const before = toks[i - 1];
  if (before && DETERMINERS.has(before.low) && before.low !== 'that') return null; // "the report"
  // "disrespectful comments": a plural noun unless a name or pronoun stands right before it
  const namedBefore = isWord(before) && (isUpper(text, before) || SUBJECT_PRONOUNS.has(before.low));
  // "A new poll shows that …", "The Clinton campaign plans to employ …": a that-clause or an infinitive
  // makes the -s word a verb
  const clauseAfter = (toks[i + 1]?.low === 'that' || (toks[i + 1]?.low === 'to' && low !== 'thanks')) && isWord(toks[i + 2]);
  if (low.endsWith('s') && !low.endsWith('ss') && !SAFE_S_CUES.has(low) && !namedBefore && !clauseAfter) return null;
  // "Trump’s plan", "night’s debate": a possessive makes the word a noun ("he’s said" is a contraction);
  // only "Trump’s claim that …" still reports
  if (isWord(before) && isPossessive(before) && !/(ed|ing)$/.test(low) && toks[i + 1]?.low !== 'that') return null;
  if (NOUN_LIKE_BASE_CUES.has(low) && !(isWord(before) && (SUBJECT_PRONOUNS.has(before.low) || before.low.endsWith('s')))) return null;
  return [i, i + 1];
}

/**
 * A word the lexicon does not know, right after a subject or coordinated with the previous cue, is a
 * cue when the judge accepts it.
 */
function learnedCueAt(text: string, toks: Token[], i: number, found: Attribution[], judge: CueJudge, quoted: boolean): [number, number] | null {
  if (!mayBeLearnedCue(text, toks[i], judge)) return null;
  const coordinated = found.length > 0 && toks[i - 1]?.low === 'and';
  const subject = coordinated ? null : speakerLeft(text, toks, i);
  if (!subject && !coordinated) return null;
  return judge.accept(cueFeatures(text, toks, i, subject, quoted), i) ? [i, i + 1] : null;
}

/** Drops leading "that", commas and colons and trailing punctuation from a content range. */
export function trimRegion(toks: Token[], [a, b]: [number, number]): [number, number] {
  while (a < b && (toks[a].kind === 'punct' || toks[a].low === 'that')) a++;
  while (b > a && toks[b - 1].kind === 'punct') b--;
  return [a, b];
}

/** judge: decides on cue words beyond the lexicon; null keeps to the rules. */
export function findAttributions(text: string, toks: Token[], judge: CueJudge | null = null): Attribution[] {
  const found: Attribution[] = [];
  const n = toks.length;
  const quoted = judge !== null && toks.some((t) => t.kind === 'quote');
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.kind !== 'word') continue;
    if (t.low === 'according' && toks[i + 1]?.low === 'to') {
      const speaker = accordingToSource(toks, i + 2);
      if (!speaker) continue;
      const start = regionStart(found);
      if (i - start > 1) found.push({ speaker, cue: [i, i + 2], content: [start, isPunct(toks[i - 1], ',—–') ? i - 1 : i], contentFirst: true });
      else found.push({ speaker, cue: [i, i + 2], content: [speaker[1], n], contentFirst: false });
      i = speaker[1] - 1;
      continue;
    }
    if (t.low === 'in' && POSSESSIVES.has(toks[i + 1]?.low ?? '') && /^(opinion|view|words)$/.test(toks[i + 2]?.low ?? '')) {
      found.push({ speaker: [i + 1, i + 2], cue: [i, i + 3], content: [i + 3, n], contentFirst: false });
      i += 2;
      continue;
    }
    const lexical = cueAt(text, toks, i);
    const cue = lexical ?? (judge ? learnedCueAt(text, toks, i, found, judge, quoted) : null);
    if (!cue) continue;
    const previous = found[found.length - 1];
    const before = toks[i - 1];
    const continues = PARTICIPLE_CUES.has(t.low) && (isPunct(before, ',') || before?.kind === 'quote' || SAY_VERBS.has(before?.low ?? ''));
    if (previous && (continues || i === previous.cue[1] || before?.low === 'and' || (before?.low === 'but' && STRONG_CUES.has(t.low)))) {
      const speaker = continues ? enclosing(found, i).speaker : previous.speaker;
      found.push({ speaker, cue, content: contentAfter(text, toks, cue), contentFirst: false, continuation: true, learned: !lexical });
      continue;
    }
    if (QUOTING_VERBS.has(t.low)) {
      const quoted = speakerRight(text, toks, cue[1]);
      if (quoted && (isPunct(before, ',') || before?.kind === 'quote' || speakerLeft(text, toks, i))) {
        found.push({ speaker: quoted, cue, content: firstRegion(toks, found, i, speakerLeft(text, toks, i)), contentFirst: true });
        i = quoted[1] - 1;
        continue;
      }
    }
    const subject = speakerLeft(text, toks, i) ?? (STRONG_CUES.has(t.low) ? clauseSubject(text, toks, i) : null);
    // "the photos, which were intended to cause …": a thing does not hold a stance
    if (subject && subject[1] - subject[0] === 1 && toks[subject[0]].low === 'which' && !STRONG_CUES.has(t.low)) continue;
    if (subject && reportsOwnStance(toks, previous, subject)) {
      i = cue[1] - 1;
      continue;
    }
    if (subject) {
      // a learned cue takes its object as content: "Trump also linked cybersecurity to …"
      found.push(lexical ? classify(text, toks, found, namingSpeaker(text, toks, subject, cue), cue) : { speaker: subject, cue, content: contentAfter(text, toks, cue), contentFirst: false, learned: true });
      i = cue[1] - 1;
      continue;
    }
    const shared = lexical && !previous ? coordinatedSubject(text, toks, i) : null;
    if (shared) {
      found.push({ speaker: shared, cue, content: contentAfter(text, toks, cue), contentFirst: false });
      i = cue[1] - 1;
      continue;
    }
    if (before && ((isPunct(before, ',') && i > 1) || before.kind === 'quote')) {
      const speaker = speakerRight(text, toks, cue[1]);
      if (speaker && !hasContentFirst(found)) found.push({ speaker, cue, content: [regionStart(found), before.kind === 'quote' ? i : i - 1], contentFirst: true });
      if (speaker) i = speaker[1] - 1;
    }
  }
  truncateBeforeParticiples(toks, found);
  truncateAtNextClause(text, toks, found);
  // "Caddell continued:" at a paragraph end: the speaker of the quote that opens the next paragraph
  for (const a of found) if (a.content && a.content[0] === n && isPunct(toks[n - 1], ':') && a.speaker) a.content = null;
  return found.filter((a, k) => (!a.content || a.content[1] > a.content[0]) && !reportedWithin(found, k));
}

/**
 * "Merrill says Machado promised to …", "saying anybody who complains about …": an attribution inside
 * what another speaker said is part of that statement, not a statement of its own.
 */
function reportedWithin(found: Attribution[], k: number): boolean {
  const a = found[k];
  const from = clauseStart(a);
  for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
    const outer = found[j];
    // "And perhaps, he said, it could help a black visitor see …": the tail after an aside is said too
    const c = outer.contentFirst ? outer.tail : outer.content;
    if (!c || from < c[0] || a.cue[1] > c[1]) continue;
    if (!a.speaker || !outer.speaker || a.speaker[0] !== outer.speaker[0]) return true;
  }
  return false;
}

/** Words before a second speaker that end the first one's content: "…, though she acknowledged …". */
const CLAUSE_JOINERS = new Set(forms('and but though although while whereas which what'));

/** Content after a cue ends where the next attribution's clause begins ("…, and Putin said …") or at the cap. */
function truncateAtNextClause(text: string, toks: Token[], found: Attribution[]): void {
  found.forEach((current, k) => {
    const next = found[k + 1];
    if (current.tail && next && clauseStart(next) > current.tail[0] && endsClause(toks, clauseStart(next))) current.tail[1] = Math.min(current.tail[1], clauseStart(next));
    if (!current.content || current.contentFirst) return;
    // a later speaker's own clause ends it too: "X said the campaign planned …, though she acknowledged …"
    for (let j = k + 1; j < found.length && j <= k + LOOK_BACK; j++) {
      const later = found[j];
      const start = clauseStart(later);
      if (j > k + 1 && (later.continuation || !later.speaker || later.speaker[0] !== start)) continue;
      if (start > current.content[0] && start < current.content[1] && endsClause(toks, start)) {
        current.content[1] = start - 1;
        break;
      }
    }
    current.content[1] = Math.min(current.content[1], current.content[0] + MAX_CONTENT_TOKENS);
    current.content[1] = writersAdditionStart(text, toks, current.content[0], current.content[1]);
  });
}

/** A clause starting at `start` is separate from what precedes it: "…, and Putin said", "…, though she noted". */
const endsClause = (toks: Token[], start: number): boolean => isPunct(toks[start - 1], ',;') || CLAUSE_JOINERS.has(toks[start - 1]?.low ?? '');

/** A quote token whose text ends in a comma before its closing mark(s): “…, jobs,” or ''…,''. */
const closesWithComma = (text: string, quote: Token): boolean => text.charCodeAt(quote.end - 2) === 44 || text.charCodeAt(quote.end - 3) === 44;

/** Where a statement was made: "called for more school investment in a statement on Thursday". */
const VENUE_NOUNS = new Set(forms('statement interview speech letter tweet post email report video news'));

/**
 * Where the writer's own words take over from reported content: ", but …" (the writer's contrast),
 * ", with …" (the writer's detail) and "in a statement" (the venue).
 */
function writersAdditionStart(text: string, toks: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const next = toks[k + 1]?.low;
    if (isPunct(toks[k], ',') && (next === 'but' || next === 'with')) return k;
    // "promising lower taxes and “jobs, jobs, jobs,” but he has also …": the comma inside the quote
    if (toks[k].kind === 'quote' && (next === 'but' || next === 'with') && closesWithComma(text, toks[k])) return k + 1;
    if ((toks[k].low === 'in' || toks[k].low === 'during') && (next === 'a' || next === 'an') && VENUE_NOUNS.has(toks[k + 2]?.low ?? '')) return k;
  }
  return to;
}

const clauseStart = (a: Attribution): number => (a.speaker ? Math.min(a.speaker[0], a.cue[0]) : a.cue[0]);

/** "X said adding that Y": the participle starts a new content, ending the ones before it that run over it. */
function truncateBeforeParticiples(toks: Token[], found: Attribution[]): void {
  for (let n = 1; n < found.length; n++) {
    const next = found[n];
    if (!next.continuation) continue;
    for (let k = n - 1; k >= 0 && k >= n - LOOK_BACK; k--) {
      const current = found[k];
      if (!current.content || current.contentFirst) continue;
      if (next.cue[0] < current.content[0] || next.cue[0] >= current.content[1]) continue;
      let end = next.cue[0];
      while (end > current.content[0] && (toks[end - 1].low === 'and' || toks[end - 1].low === 'but' || isPunct(toks[end - 1], ','))) end--;
      current.content[1] = end;
    }
  }
}

/** The outermost recent attribution whose content holds token i ("X said he …, adding"), else the last. */
function enclosing(found: Attribution[], i: number): Attribution {
  let best = found[found.length - 1];
  for (let k = found.length - 1; k >= 0 && k >= found.length - LOOK_BACK; k--) {
    const c = found[k].content;
    if (c && !found[k].contentFirst && c[0] <= i && i < c[1] && found[k].speaker) best = found[k];
  }
  return best;
}

/** "Fowler said he expects …": the pronoun's verb restates the speaker's own stance, not a second attribution. */
function reportsOwnStance(toks: Token[], previous: Attribution | undefined, subject: [number, number]): boolean {
  if (!previous?.content || previous.contentFirst || subject[1] - subject[0] !== 1) return false;
  return previous.content[0] === subject[0] && PERSON_PRONOUNS.has(toks[subject[0]].low);
}

/** Attributions are appended in order, so looking back over the last few suffices and keeps this O(1). */
function hasContentFirst(found: Attribution[]): boolean {
  for (let k = found.length - 1; k >= 0 && k >= found.length - LOOK_BACK; k--) if (found[k].contentFirst) return true;
  return false;
}

/** Where the content of a "…, X said" attribution may start: after the previous attribution. */
function regionStart(found: Attribution[]): number {
  const previous = found[found.length - 1];
  if (!previous) return 0;
  return Math.max(previous.cue[1], previous.speaker ? previous.speaker[1] : 0);
}

/** Content before the speaker: from the region start to the comma (or quote) before the subject. */
function firstRegion(toks: Token[], found: Attribution[], cueIndex: number, subject: [number, number] | null): [number, number] {
  const lead = subject ? subject[0] : cueIndex;
  const end = isPunct(toks[lead - 1], ',') ? lead - 1 : lead;
  return [regionStart(found), end];
}

function contentAfter(text: string, toks: Token[], cue: [number, number]): [number, number] {
  let a = skipAfterCue(text, toks, cue[1]);
  const intro = contentIntroducer(toks, a, cue);
  if (intro >= 0) a = intro;
  else if (isPunct(toks[a], ',:')) a++;
  else if (isWord(toks[a]) && CUE_PARTICLES.has(toks[a].low) && toks[a].low !== 'to') a++;
  return [a, toks.length];
}

/** After "…, X said," the writer's sentence may go on: its rest is said too, unless a participle or source follows. */
function interruptedTail(text: string, toks: Token[], lead: Token, after: number): [number, number] | undefined {
  if (lead.kind === 'quote' || !isPunct(toks[after], ',')) return undefined;
  const first = toks[after + 1];
  if (!isWord(first) || isUpper(text, first) || PARTICIPLE_CUES.has(first.low) || first.low === 'according' || TRAILING_AFTER_CUE.has(first.low)) return undefined;
  return [after + 1, toks.length];
}

/**
 * "wants to triple …", "refused to cooperate", "talks to DuVernay about …": after most cues "to" opens what
 * was said; not in a title-case headline ("Russia Threatens To Respond To …"), where stance is not speech.
 */
const opensInfinitive = (text: string, cue: string, next: Token): boolean => text.startsWith('to', next.start) && !SPEECH_TO_LISTENER.has(cue);

function classify(text: string, toks: Token[], found: Attribution[], subject: [number, number], cue: [number, number]): Attribution {
  const lead = toks[subject[0] - 1];
  const ledIn = lead !== undefined && (lead.kind === 'quote' || isPunct(lead, ',—–―'));
  const a = skipAfterCue(text, toks, cue[1]);
  const intro = contentIntroducer(toks, a, cue);
  const next = toks[a];
  const rest = toks.length - a;
  const quoteFollows = isPunct(next, ',:') && toks[a + 1]?.kind === 'quote';
  const nothingSaidAfter = !quoteFollows && (
    next === undefined || isPunct(next, '.,;!?') || (TRAILING_AFTER_CUE.has(next.low) && !opensInfinitive(text, toks[cue[0]].low, next)) || PARTICIPLE_CUES.has(next.low) ||
    (ledIn && TELL_VERBS.has(toks[cue[0]].low) && rest <= 6));
  if (quoteFollows && lead?.kind === 'quote') return { speaker: subject, cue, content: [regionStart(found), subject[0]], contentFirst: true };
  if (intro < 0 && nothingSaidAfter) {
    // "…, who aim to punish": a relative subject's clause does not report what came before it
    if (!ledIn || RELATIVE_PRONOUNS.has(toks[subject[0]].low)) return { speaker: subject, cue, content: null, contentFirst: false };
    const previous = found[found.length - 1];
    // "…, he said" after "He emphasized that …": the tail restates the same attribution
    if (previous && !previous.contentFirst && previous.content && previous.content[1] === toks.length) {
      previous.content[1] = lead.kind === 'quote' ? subject[0] : subject[0] - 1;
      // "Minsk considers Russia a partner, Lukashenko stated": the stance is what the speaker stated
      // (one statement: the stance is not attributed on its own)
      if (previous.speaker && !STRONG_CUES.has(toks[previous.cue[0]].low) && STRONG_CUES.has(toks[cue[0]].low)) {
        found.pop();
        return { speaker: subject, cue, content: [Math.min(previous.speaker[0], previous.cue[0]), previous.content[1]], contentFirst: true };
      }
      return { speaker: subject, cue, content: null, contentFirst: false };
    }
    if (hasContentFirst(found)) return { speaker: subject, cue, content: null, contentFirst: false };
    return { speaker: subject, cue, content: firstRegion(toks, found, cue[0], subject), contentFirst: true, tail: interruptedTail(text, toks, lead, a) };
  }
  if (TELL_VERBS.has(toks[cue[0]].low) && intro < 0) return { speaker: subject, cue, content: [a, toks.length], contentFirst: false };
  return { speaker: subject, cue, content: contentAfter(text, toks, cue), contentFirst: false };
}
