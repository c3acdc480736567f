/**
 * Finds attributions in one sentence: who (a speaker phrase), the cue, and the token range of what
 * was said. Works on tokens with quotes collapsed, looking only a bounded number of tokens around each
 * cue, so a sentence costs time linear in its length.
 */
import {
  AFTER_CUE_SKIP, CLAUSE_CUES, CUE_PARTICLES, NOUN_LIKE_BASE_CUES, DETERMINERS, PERSON_PRONOUNS, PARTICIPLE_CUES, POSSESSIVES, QUOTING_VERBS, SAY_VERBS, SAFE_S_CUES, SUBJECT_PRONOUNS, TELL_VERBS, TRAILING_AFTER_CUE,
} from './lexicon';
import { CueJudge, cueFeatures, mayBeLearnedCue } from './learned-cue';
import { Token } from './segment';
import { accordingToSource, clauseSubject, coordinatedSubject, isPossessive, namingSpeaker, speakerLeft, speakerRight } from './speaker-phrases';
import {
  CONTINUE_FORMS, LOOK_BACK, MAX_CONTENT_TOKENS, RELATIVE_PRONOUNS, SPEECH_TO_LISTENER, TIME_WORDS, forms, isAdverb, isPunct, isUpper, isWord, quoteBefore,
} from './token-shapes';

/** Cues that report speech whatever their subject looks like. */
const STRONG_CUES = new Set(forms(`say says said told tells added adds noted notes argued argues claimed claims wrote writes
  warned warns insisted insists stressed stresses explained explains acknowledged acknowledges admitted admits predicted
  suggested suggests contended contends asserted asserts maintained maintains announced announces concluded cautioned
  stated states emphasized emphasised reported declared confirmed denied revealed`));

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
