/**
 * Finds attributions in one sentence: who (a speaker phrase), the cue, and the token range of what
 * was said. Works on tokens with quotes collapsed, looking only a bounded number of tokens around each
 * cue, so a sentence costs time linear in its length.
 */
import {
  AFTER_CUE_SKIP, CLAUSE_CUES, CUE_PARTICLES, PERSON_PRONOUNS, PARTICIPLE_CUES, POSSESSIVES, QUOTING_VERBS, SAY_VERBS, TELL_VERBS, TRAILING_AFTER_CUE,
} from './lexicon';
import { CueJudge, cueFeatures, mayBeLearnedCue } from './learned-cue';
import { NOUN_CUES, nominalAt } from './noun-cues';
import { agentlessPassive, passiveAt } from './passives';
import { dropSettings } from './opening-phrases';
import { CUE_HEADS, FINITE_AUXILIARIES, cueAt } from './cue-words';
import { adjunctAt, clauseAfterAside, commaAfterVenue, opensAside, speaksWithoutTopic, topicOf } from './after-cue';
import { askedOpening, impersonalAt, invertedOpening, isTitleCase, onlyListener, openingParticiple, quoteAfterAside, takesParticle } from './cue-forms';
import { clauseStart, regionStart, truncateAtNextClause, truncateBeforeParticiples } from './content-ends';
import { Token } from './segment';
import { Attribution, attribution } from './attribution-record';
import { asksAnonymity, contentAfterListener, isObjectOnly, refusesToSay } from './complements';
import { COORDINATED_AUXILIARIES, accordingToSource, coordinatedClauseSubject, clauseSubject, coordinatedSubject, namingSpeaker, participleSubject, speakerLeft, speakerRight } from './speaker-phrases';
import {
  LOOK_BACK, MAX_GAP_TOKENS, RELATIVE_PRONOUNS, SPEECH_TO_LISTENER, TIME_WORDS, forms, isAdverb, isPunct, isUpper, isWord,
} from './token-shapes';

/** "Trump seemed to overstay his welcome": the writer's impression of the subject, not the subject's words. */
const RAISING_VERBS = new Set(forms('seem seems seemed'));

/** Every word an attribution may be found at: the rules look no further at any other word. */
const ATTRIBUTION_HEADS = new Set([...CUE_HEADS, ...NOUN_CUES, 'according', 'in', 'it']);

/** Cues that report speech whatever their subject looks like. */
const STRONG_CUES = new Set(forms(`say says said told tells added adds noted notes argued argues claimed claims wrote writes
  warned warns insisted insists stressed stresses explained explains acknowledged acknowledges admitted admits predicted
  suggested suggests contended contends asserted asserts maintained maintains announced announces concluded cautioned
  stated states emphasized emphasised reported declared confirmed denied revealed showed shows found finds`));

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
  const aside = clause && opensAside(toks[from]);
  for (let k = from; k < toks.length && k < from + reach; k++) {
    const t = toks[k];
    // "could change that." ends the clause: a that before punctuation is a pronoun
    if (t.low === 'that' && t.kind === 'word' && (isWord(toks[k + 1]) || toks[k + 1]?.kind === 'quote')) return k + 1;
    if (t.low === ':') return k + 1;
    // "said after the hearing she would not …": a that-less clause after a short aside
    if (aside && clauseAfterAside(toks, from, k)) return k;
    // "says at a town hall in Dayton, Ohio, that …": commas of an aside before the that
    if (t.kind === 'quote' || (t.low === ',' && !clause) || t.low === ';' || SAY_VERBS.has(t.low)) return -1;
    // "said investigators are in possession of footage that shows …": past a verb of the content, "that" is relative
    if (k > from && (FINITE_AUXILIARIES.has(t.low) || (t.low === 'to' && !SPEECH_TO_LISTENER.has(toks[cue[1] - 1].low)))) return -1;
  }
  return -1;
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
  let titleCase: boolean | null = null; // computed on the first capitalised cue word
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    if (t.kind !== 'word' || (judge === null && !ATTRIBUTION_HEADS.has(t.low))) continue;
    if (t.low === 'according' && toks[i + 1]?.low === 'to') {
      const speaker = accordingToSource(toks, i + 2);
      if (!speaker) continue;
      // "Some Americans would see their taxes go up, according to an analysis": the stance is the source's finding
      const weak = found[found.length - 1];
      if (weak && !weak.contentFirst && weak.speaker && !STRONG_CUES.has(toks[weak.cue[0]].low) && weak.content && weak.content[1] >= i - 1) {
        found.pop();
        found.push(attribution(speaker, [i, i + 2], [Math.min(weak.speaker[0], weak.cue[0]), isPunct(toks[i - 1], ',—–') ? i - 1 : i], true));
        i = speaker[1] - 1;
        continue;
      }
      const start = regionStart(found);
      if (i - start > 1) found.push(attribution(speaker, [i, i + 2], [start, isPunct(toks[i - 1], ',—–') ? i - 1 : i], true));
      else found.push(attribution(speaker, [i, i + 2], [speaker[1], n], false));
      i = speaker[1] - 1;
      continue;
    }
    if (t.low === 'in' && POSSESSIVES.has(toks[i + 1]?.low ?? '') && /^(opinion|view|words)$/.test(toks[i + 2]?.low ?? '')) {
      found.push(attribution([i + 1, i + 2], [i, i + 3], [i + 3, n], false));
      i += 2;
      continue;
    }
    const asked = i === 0 ? askedOpening(toks, i) ?? invertedOpening(text, toks) : null;
    if (asked) {
      found.push(asked);
      i = asked.content![1];
      continue;
    }
    const opening = i <= 1 && PARTICIPLE_CUES.has(t.low) ? openingParticiple(text, toks, i) : null;
    if (opening) {
      found.push(opening);
      i = opening.speaker![0] - 1;
      continue;
    }
    const impersonal = t.low === 'it' ? impersonalAt(text, toks, i) : null;
    if (impersonal) {
      found.push(impersonal);
      i = impersonal.cue[1] - 1;
      continue;
    }
    const nominal = NOUN_CUES.has(t.low) ? nominalAt(text, toks, i) : null;
    if (nominal) {
      found.push(attribution(nominal.speaker, nominal.cue, nominal.content, false, { nominal: true }));
      i = nominal.cue[1] - 1;
      continue;
    }
    const lexical = cueAt(text, toks, i);
    const cue = lexical ?? (judge ? learnedCueAt(text, toks, i, found, judge, quoted) : null);
    if (!cue) continue;
    // "the DNC Rules Committee", "POLITICO’s Battleground States average": a capitalised cue word inside
    // running text belongs to a name
    if (i > 0 && isUpper(text, t) && isWord(toks[i - 1]) && !(titleCase ??= isTitleCase(text, toks))) continue;
    // a title-case headline has one verb of saying: "Chris Christie Calls Clinton ‘A Disgrace’ Over … Comments"
    if (titleCase && found.length > 0 && isUpper(text, t)) continue;
    const previous = lastClausal(found);
    const before = toks[i - 1];
    // (right after a cue only "said adding": "cited disparaging remarks" is an adjective)
    const continues = PARTICIPLE_CUES.has(t.low) && (isPunct(before, ',') || before?.kind === 'quote' || SPEECH_TO_LISTENER.has(before?.low ?? ''));
    // "… and has said", "… but pledged to remain civil": a cue coordinated with the previous one shares its speaker
    let c = i - 1;
    while (c > i - MAX_GAP_TOKENS && c > 0 && isWord(toks[c]) && COORDINATED_AUXILIARIES.has(toks[c].low)) c--;
    const joined = toks[c]?.low === 'and' || (toks[c]?.low === 'but' && STRONG_CUES.has(t.low));
    // "…, I laughed and said": the coordinated verb's own subject speaks
    const own = joined && toks[c].low === 'and' && !continues ? coordinatedClauseSubject(text, toks, c) : null;
    if (own && lexical) {
      found.push(attribution(own, cue, contentAfter(text, toks, cue), false));
      i = cue[1] - 1;
      continue;
    }
    if (previous && (continues || i === previous.cue[1] || joined)) {
      const speaker = continues ? enclosing(found, i).speaker : previous.speaker;
      found.push(attribution(speaker, cue, contentAfter(text, toks, cue), false, { continuation: true, learned: !lexical }));
      continue;
    }
    const passive = lexical ? passiveAt(text, toks, i, found) : null;
    if (passive) {
      found.push(attribution(passive.speaker, cue, passive.content, true, { passive: true }));
      i = passive.speaker[1] - 1;
      continue;
    }
    if (QUOTING_VERBS.has(t.low)) {
      const quoted = speakerRight(text, toks, cue[1]);
      if (quoted && (isPunct(before, ',') || before?.kind === 'quote' || speakerLeft(text, toks, i))) {
        found.push(attribution(quoted, cue, firstRegion(toks, found, i, speakerLeft(text, toks, i)), true));
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
      const a: Attribution = lexical ? classify(text, toks, found, namingSpeaker(text, toks, subject, cue), cue) : attribution(subject, cue, contentAfter(text, toks, cue), false, { learned: true });
      if (agentlessPassive(text, toks, i, cue[1]) || RAISING_VERBS.has(t.low)) a.speaker = null;
      found.push(a);
      i = cue[1] - 1;
      continue;
    }
    const shared = lexical && !previous ? coordinatedSubject(text, toks, i) ?? (PARTICIPLE_CUES.has(t.low) ? participleSubject(text, toks, i) : null) : null;
    if (shared) {
      found.push(attribution(shared, cue, contentAfter(text, toks, cue), false));
      i = cue[1] - 1;
      continue;
    }
    // "…, said X": only a verb of saying is inverted after a comma ("…, blasted Clinton as …" has an object)
    if (before && ((isPunct(before, ',') && i > 1 && STRONG_CUES.has(t.low)) || before.kind === 'quote')) {
      const speaker = speakerRight(text, toks, cue[1]);
      if (speaker && !hasContentFirst(found)) found.push(attribution(speaker, cue, [regionStart(found), before.kind === 'quote' ? i : i - 1], true));
      if (speaker) i = speaker[1] - 1;
    }
  }
  truncateBeforeParticiples(toks, found);
  truncateAtNextClause(text, toks, found);
  dropSettings(text, toks, found);
  // "Caddell continued:" at a paragraph end: the speaker of the quote that opens the next paragraph
  for (const a of found) if (a.content && a.content[0] === n && isPunct(toks[n - 1], ':') && a.speaker) a.content = null;
  for (const a of found) if (objectOnly(toks, a)) a.content = null;
  // first, so that what the participle seemed to say does not swallow the sentence's own attribution
  const attributions = found.filter((a) => !modifiesNoun(toks, a));
  return attributions.filter((a, k) => (!a.content || a.content[1] > a.content[0]) && !reportedWithin(attributions, k) && !saysNothing(toks, a));
}

const after = (a: Attribution): boolean => a.content !== null && !a.contentFirst && !a.nominal && !a.passive;
/** "welcomed the decision", "told Putin at the start of the talks": the speaker is named, nothing is said. */
const objectOnly = (toks: Token[], a: Attribution): boolean =>
  after(a) && isObjectOnly(toks, a.cue[1] - 1, trimRegion(toks, a.content!), a.speaker ? toks[a.speaker[1] - 1] : undefined);
/**
 * "Figures released by the statistics office showed …", "a statement issued by the White House said …": a
 * participle with its agent modifies the noun before it, and says nothing ("responded by citing …" does).
 */
const modifiesNoun = (toks: Token[], a: Attribution): boolean =>
  after(a) && toks[a.content![0]]?.low === 'by' && !/ing$/.test(toks[a.content![0] + 1]?.low ?? '') && /(?:ed|en)$/.test(toks[a.cue[1] - 1].low);
/** "declined to say why …", "asked not to be named": not an attribution at all. */
const saysNothing = (toks: Token[], a: Attribution): boolean => after(a) && (refusesToSay(toks, a.cue[1] - 1, a.content![0]) || asksAnonymity(toks, a.content![0]));
/** An attribution the rules turn down whoever proposes it: a refusal, a request for anonymity, or a verb with only an object or listener. */
export const turnedDown = (toks: Token[], a: Attribution): boolean => objectOnly(toks, a) || saysNothing(toks, a);

/**
 * "Merrill says Machado promised to …", "saying anybody who complains about …": an attribution inside
 * what another speaker said is part of that statement, not a statement of its own.
 */
function reportedWithin(found: Attribution[], k: number): boolean {
  const a = found[k];
  const from = clauseStart(a);
  for (let j = k - 1; j >= 0 && j >= k - LOOK_BACK; j--) {
    const outer = found[j];
    // "And maybe, she said, it could help a new resident feel …": the tail after an aside is said too
    const c = outer.contentFirst ? outer.tail : outer.content;
    if (!c || from < c[0] || a.cue[1] > c[1]) continue;
    if (!a.speaker || !outer.speaker || a.speaker[0] !== outer.speaker[0]) return true;
  }
  return false;
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

/** The last attribution with a verb of its own ("his claim that …" coordinates with nothing). */
function lastClausal(found: Attribution[]): Attribution | undefined {
  for (let k = found.length - 1; k >= 0 && k >= found.length - LOOK_BACK; k--) if (!found[k].nominal) return found[k];
  return undefined;
}

/** Attributions are appended in order, so looking back over the last few suffices and keeps this O(1). */
function hasContentFirst(found: Attribution[]): boolean {
  for (let k = found.length - 1; k >= 0 && k >= found.length - LOOK_BACK; k--) if (found[k].contentFirst) return true;
  return false;
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
  else if (isWord(toks[a]) && ((CUE_PARTICLES.has(toks[a].low) && toks[a].low !== 'to') || takesParticle(toks[cue[1] - 1].low, toks[a].low))) a++;
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

/** Words after "what X said" that end the relative clause ("… when she resigned"); "what we expect from" goes on. */
const RELATIVE_CLAUSE_ENDS = new Set(forms('when while as before after during since because in at on'));

/** "Officials have not said when they might …", "asked when": an indirect question, not the time of saying. */
const QUESTION_CUES = new Set(forms('ask asks asked asking wonder wonders wondered wondering know knows knew explain explains explained'));
function asksWhen(toks: Token[], cue: [number, number], next: Token): boolean {
  if (next.low !== 'when') return false;
  const negated = toks[cue[0] - 1]?.low === 'not' || /n[’']t$/.test(toks[cue[0] - 1]?.low ?? '');
  return negated || QUESTION_CUES.has(toks[cue[1] - 1].low);
}

/** How long an opener before "as X said," may be: "After all, as we learned in 1998, …". */
const MAX_OPENER_TOKENS = 3;

function classify(text: string, toks: Token[], found: Attribution[], subject: [number, number], cue: [number, number]): Attribution {
  // "…, as an Energy Department bulletin put it": the "as" clause reports what came before it
  const asAfter = toks[subject[0] - 1]?.low === 'as' && (isPunct(toks[subject[0] - 2], ',—–―') || toks[subject[0] - 2]?.kind === 'quote');
  const lead = toks[asAfter ? subject[0] - 2 : subject[0] - 1];
  const head: [number, number] = asAfter ? [subject[0] - 1, subject[1]] : subject;
  const ledIn = lead !== undefined && (lead.kind === 'quote' || isPunct(lead, ',—–―'));
  const a = skipAfterCue(text, toks, cue[1]);
  const intro = contentIntroducer(toks, a, cue);
  const next = toks[a];
  const rest = toks.length - a;
  const quoteFollows = isPunct(next, ',:') && toks[a + 1]?.kind === 'quote';
  const nothingSaidAfter = !quoteFollows && (
    next === undefined || isPunct(next, '.,;!?') || topicOf(toks, cue, next) || speaksWithoutTopic(text, toks, cue, a) || (ledIn && adjunctAt(toks, a)) || (TRAILING_AFTER_CUE.has(next.low) && !opensInfinitive(text, toks[cue[0]].low, next) && !takesParticle(toks[cue[1] - 1].low, next.low) && !asksWhen(toks, cue, next)) || (PARTICIPLE_CUES.has(next.low) && SPEECH_TO_LISTENER.has(toks[cue[1] - 1].low)) ||
    // "Hale told Good Morning Ohio.", "…,” Ruiz told Dana Pruett of Channel 9 News this week.": only a listener
    (TELL_VERBS.has(toks[cue[0]].low) && ((ledIn && rest <= 6) || onlyListener(text, toks, a))));
  if (quoteFollows && lead?.kind === 'quote') return attribution(subject, cue, [regionStart(found), subject[0]], true);
  // "Ortega said on the contrary, “…”", "he told CNN on Sunday: “…”": the quote after the aside is what was said
  const aside = !ledIn && intro < 0 && nothingSaidAfter && isWord(next) ? quoteAfterAside(toks, a) : -1;
  if (aside >= 0) return attribution(subject, cue, [aside, toks.length], false);
  // "As Mr. Albers observed, in the first months …": the clause after the comma is what was observed
  // (also after a short opener: "Yet, as Mr. Albers observed, …", "If, as I've suggested, …")
  const asOpens = toks[subject[0] - 1]?.low === 'as' && subject[0] - 1 <= MAX_OPENER_TOKENS;
  // (also past a short venue: "As Ms. Reyes noted in her memo, …")
  const asComma = asOpens && intro < 0 ? commaAfterVenue(toks, a) : -1;
  if (asComma >= 0 && isWord(toks[asComma + 1])) return attribution(subject, cue, [asComma + 1, toks.length], false);
  // "That was what Nora Lind said when she left", "the image that Mr. Ruiz so admires": the relative
  // pronoun before the subject is what was said
  const relative = toks[subject[0] - 1];
  const clauseEnds = next === undefined || next.kind === 'punct' || RELATIVE_CLAUSE_ENDS.has(next.low);
  if (intro < 0 && nothingSaidAfter && clauseEnds && isWord(relative) && (relative.low === 'what' || relative.low === 'which' || (relative.low === 'that' && isWord(toks[subject[0] - 2]) && !SAY_VERBS.has(toks[subject[0] - 2].low)))) {
    return attribution(subject, cue, [subject[0] - 1, subject[0]], true);
  }
  if (intro < 0 && nothingSaidAfter) {
    // "…, who aim to punish": a relative subject's clause does not report what came before it
    if (!ledIn || RELATIVE_PRONOUNS.has(toks[subject[0]].low)) return attribution(subject, cue, null, false);
    const previous = found[found.length - 1];
    // "…, he said" after "He emphasized that …": the tail restates the same attribution
    if (previous && !previous.contentFirst && previous.content && previous.content[1] === toks.length) {
      previous.content[1] = lead.kind === 'quote' ? head[0] : head[0] - 1;
      // "Minsk considers Russia a partner, Lukashenko stated": the stance is what the speaker stated
      // (one statement: the stance is not attributed on its own)
      if (previous.speaker && !STRONG_CUES.has(toks[previous.cue[0]].low) && STRONG_CUES.has(toks[cue[0]].low)) {
        found.pop();
        return attribution(subject, cue, [Math.min(previous.speaker[0], previous.cue[0]), previous.content[1]], true);
      }
      return attribution(subject, cue, null, false);
    }
    if (hasContentFirst(found)) return attribution(subject, cue, null, false);
    return attribution(subject, cue, firstRegion(toks, found, cue[0], head), true, { tail: interruptedTail(text, toks, lead, a) });
  }
  if (TELL_VERBS.has(toks[cue[0]].low) && intro < 0) {
    const said = contentAfterListener(toks, a);
    return attribution(subject, cue, [said >= 0 ? said : a, toks.length], false);
  }
  return attribution(subject, cue, contentAfter(text, toks, cue), false);
}
