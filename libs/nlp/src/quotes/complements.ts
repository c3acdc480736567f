/**
 * What follows a cue is something said only when it is a clause, an infinitive or a quotation:
 * "welcomed the decision", "a video shows the aftermath", "told Putin at the start of the talks" name
 * a thing, a listener or a time, "declined to say why …" refuses to say anything, and "asked not to be
 * named" sets the terms of speaking.
 */
import { FINITE_AUXILIARIES } from './cue-words';
import { forms, isPunct, isWord } from './token-shapes';
import { Token } from './segment';

/**
 * Verbs that react to a thing or an event: their noun-phrase object ("welcomed the decision", "rejected
 * the accusations") is not something said. PolNeAR counts such objects (and those of praise, criticize,
 * attack …) as contents; a scheme of reported speech does not, and users read them as false quotes. Only
 * these verbs lose their noun-phrase objects: on PolNeAR dev dropping every stance verb's object costs
 * 0.054 content F1.
 */
const REACTION_CUES = new Set(forms(`welcome welcomes welcomed welcoming reject rejects rejected rejecting dismiss dismisses dismissed
  dismissing hail hails hailed hailing applaud applauds applauded applauding accept accepts accepted accepting`));

/** Things that show or reveal without saying: "a video shows the aftermath". */
const RECORDS = new Set(forms('video videos footage photo photos image images picture pictures map maps chart charts graph graphs'));
/** "told Putin at the start of the talks": a listener and a time, unless a clause follows. */
const TELL_CUES = new Set(forms('tell tells told telling'));
const DISPLAY_CUES = new Set(forms('show shows showed shown showing reveal reveals revealed revealing'));

/** Words that open a clause or an infinitive right after a cue. */
const CLAUSE_OPENERS = new Set(forms('that whether if how why what when where who whom which to'));

/** Modal verbs, which make the words around them a clause of their own. */
const MODALS = new Set(forms('would will could can may might should must shall'));

/** Past forms without -ed, after a noun: "the economy grew", "the talks broke down". */
export const IRREGULAR_PAST = new Set(forms(`broke fell rose went came grew ran stood took gave got made began sank won lost kept held
  hit brought bought fought sought thought knew saw found felt left meant met paid sent spent built became`));

/** Words after which a past form is not the verb of a new clause: "the accusations and left". */
const NOT_A_SUBJECT_END = new Set(forms('the a an and or but to of in on at for with by from his her their its this that these those our my'));

const REFUSALS = new Set(forms('decline declines declined declining refuse refuses refused refusing'));
const SAYING = new Set(forms('say comment discuss elaborate answer specify disclose confirm reveal explain speculate respond identify name detail'));

/** A finite verb inside toks[from, to): an auxiliary, a modal, a negation, or a past form after a noun. */
function hasFiniteVerb(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = toks[k];
    if (t.kind === 'quote') return true;
    if (t.kind !== 'word') continue;
    if (t.low === 'to' && isWord(toks[k + 1])) return true; // "urged women to vote"

    if (FINITE_AUXILIARIES.has(t.low) || MODALS.has(t.low) || /n[’']t$/.test(t.low)) return true;
    const prev = toks[k - 1];
    if ((t.low.endsWith('ed') || IRREGULAR_PAST.has(t.low)) && isWord(prev) && !NOT_A_SUBJECT_END.has(prev.low)) return true;
  }
  return false;
}

/**
 * Whether the content toks[from, to) after the cue at cueIndex is only the noun-phrase object of a
 * reaction ("welcomed the decision"), a listener ("told Putin at the start of the talks") or of a record that shows something ("a video shows the aftermath").
 */
export function isObjectOnly(toks: Token[], cueIndex: number, [from, to]: [number, number], subjectHead: Token | undefined): boolean {
  const cue = toks[cueIndex].low;
  const reaction = REACTION_CUES.has(cue) || TELL_CUES.has(cue) || (DISPLAY_CUES.has(cue) && subjectHead !== undefined && RECORDS.has(subjectHead.low));
  if (!reaction || to <= from) return false;
  const first = toks[from];
  if (first.kind === 'quote' || isPunct(first, ':') || CLAUSE_OPENERS.has(first.low)) return false;
  return !hasFiniteVerb(toks, from, to);
}

/** "declined to say why …", "refused to comment on whether …": the speaker says nothing. */
export function refusesToSay(toks: Token[], cueIndex: number, contentStart: number): boolean {
  if (!REFUSALS.has(toks[cueIndex].low)) return false;
  return toks[contentStart]?.low === 'to' && SAYING.has(toks[contentStart + 1]?.low ?? '');
}

/** The terms of speaking, not what was said: "asked not to be named", "requested anonymity", "speaking on condition of anonymity". */
const ANONYMITY = /^(?:on )?(?:condition of anonymity|anonymity|not to be (?:named|identified|quoted))\b/;

/** Whether the content at contentStart is a request for anonymity rather than a statement. */
export function asksAnonymity(toks: Token[], contentStart: number): boolean {
  const opening = toks.slice(contentStart, contentStart + 5).filter(isWord).map((t) => t.low).join(' ');
  return ANONYMITY.test(opening);
}

/**
 * After "told Putin at the start of the talks", what was said is the that-clause a few words on, or a
 * clause that opens with its subject pronoun right after a short listener ("told reporters he was
 * confident", "told the forum on Friday she would run"); the listener and the time before it are not.
 */
export const MAX_LISTENER_TOKENS = 12;
/** How far a pronoun subject may follow the cue with no "that": a listener of a few words. */
const MAX_BARE_LISTENER_TOKENS = 4;
const CLAUSE_SUBJECTS = new Set(forms('he she they we i'));

export function contentAfterListener(toks: Token[], from: number): number {
  let listenerOnly = true;
  for (let k = from; k < toks.length && k < from + MAX_LISTENER_TOKENS; k++) {
    const t = toks[k];
    if (t.kind === 'quote' || isPunct(t, '.;:!?')) return -1;
    if (t.low === 'that' && k > from && isWord(toks[k + 1])) return k + 1;
    // "told Marlow how surprised he is", "told Stumpf, after he admitted": the pronoun is not the clause's start
    if (isPunct(t, ',') || (k > from && CLAUSE_OPENERS.has(t.low))) listenerOnly = false;
    if (listenerOnly && k > from && k <= from + MAX_BARE_LISTENER_TOKENS && CLAUSE_SUBJECTS.has(t.low) && isWord(toks[k - 1]) && isWord(toks[k + 1])) return k;
  }
  return -1;
}
