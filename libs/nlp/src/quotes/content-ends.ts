/**
 * Where reported content ends: at the next speaker's clause, at a participle cue that starts a new
 * content, at the writer's own addition (", but …", "in a statement"), or at the length cap.
 */
import type { Attribution } from './attribution-record';
import { STANCE_ADJECTIVES } from './lexicon';
import { Token } from './segment';
import { LOOK_BACK, MAX_CONTENT_TOKENS, forms, isPunct } from './token-shapes';

/** Words before a second speaker that end the first one's content: "…, though she acknowledged …". */
const CLAUSE_JOINERS = new Set(forms('and but though although while whereas which what'));

/** Content after a cue ends where the next attribution's clause begins ("…, and Putin said …") or at the cap. */
export function truncateAtNextClause(text: string, toks: Token[], found: Attribution[]): void {
  found.forEach((current, k) => {
    const next = found[k + 1];
    if (current.tail && next && clauseStart(next) > current.tail[0] && endsClause(toks, clauseStart(next))) current.tail[1] = Math.min(current.tail[1], clauseStart(next));
    if (!current.content || current.contentFirst || current.nominal) return;
    // "According to police, officers saw …": the rest of the sentence is the source's account, clauses and all
    const accountAfterSource = toks[current.cue[0]].low === 'according' && current.speaker !== null && current.content[0] === current.speaker[1];
    // a later speaker's own clause ends it too: "X said the campaign planned …, though she acknowledged …"
    for (let j = k + 1; !accountAfterSource && j < found.length && j <= k + LOOK_BACK; j++) {
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
    if (STANCE_ADJECTIVES.has(toks[current.cue[1] - 1].low) && toks[current.content[0] - 1]?.low !== 'that') current.content[1] = objectEnd(toks, current.content[0], current.content[1]);
  });
}

/** A clause starting at `start` is separate from what precedes it: "…, and Putin said", "…, though she noted". */
const endsClause = (toks: Token[], start: number): boolean => isPunct(toks[start - 1], ',;') || CLAUSE_JOINERS.has(toks[start - 1]?.low ?? '');

/** A quote token whose text ends in a comma before its closing mark(s): “…, jobs,” or ''…,''. */
const closesWithComma = (text: string, quote: Token): boolean => text.charCodeAt(quote.end - 2) === 44 || text.charCodeAt(quote.end - 3) === 44;

/** Where a statement was made: "called for more transit funding in a statement on Monday". */
const VENUE_NOUNS = new Set(forms('statement interview speech letter tweet post email report video news'));

/** After a comma, conjunctions that open the writer's clause rather than more of what was said. */
const WRITERS_CLAUSE_OPENERS = new Set(forms('yet though although when while where'));

/** Words that open a verb phrase with no subject of its own. */
const VP_OPENERS = new Set(forms('did does do has have had was were is are also would could will then not never still'));

/**
 * Where the writer's own words take over from reported content: ", but …" (the writer's contrast),
 * ", with …" (the writer's detail) and "in a statement" (the venue).
 */
function writersAdditionStart(text: string, toks: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const t = toks[k];
    const next = toks[k + 1]?.low;
    if (t.kind === 'punct') {
      // ", but …", ", with …"; "…, yet refuses to release …", "…, when the state incorrectly stated …"
      if (t.low === ',' && (next === 'but' || next === 'with' || WRITERS_CLAUSE_OPENERS.has(next ?? ''))) return k;
      // "…was never planned; the crew only found out …": a semicolon closes what was said
      if (t.low === ';') return k;
      // "… -- a news network": a double-hyphen dash opens the writer's aside
      if (t.low === '-' && isPunct(toks[k + 1], '-')) return k;
    } else if (t.kind === 'quote') {
      // "promising cheaper rent and “homes, homes, homes,” but she has also …": the comma inside the quote
      if ((next === 'but' || next === 'with') && closesWithComma(text, t)) return k + 1;
    } else if (t.low === 'but') {
      // "… but did not recommend prosecution": a second verb of the subject's, not of what was said
      if (VP_OPENERS.has(next ?? '')) return k;
    } else if ((t.low === 'in' || t.low === 'during') && (next === 'a' || next === 'an') && VENUE_NOUNS.has(toks[k + 2]?.low ?? '')) return k;
  }
  return to;
}

export const clauseStart = (a: Attribution): number => (a.passive && a.content ? a.content[0] : a.speaker ? Math.min(a.speaker[0], a.cue[0]) : a.cue[0]);

/** "X said adding that Y": the participle starts a new content, ending the ones before it that run over it. */
export function truncateBeforeParticiples(toks: Token[], found: Attribution[]): void {
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

/** Words that end the object of "critical of …" with the writer's adjunct: "… since they both were competing". */
const ADJUNCT_OPENERS = new Set(forms('since during after before until because while when despite'));

/** Where a noun-phrase complement ends: at a comma, a dash or an adverbial clause. */
function objectEnd(toks: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) if (isPunct(toks[k], ',;—–―(') || ADJUNCT_OPENERS.has(toks[k].low)) return k;
  return to;
}

/** Where the content of a "…, X said" attribution may start: after the previous attribution. */
export function regionStart(found: Attribution[]): number {
  // "Varga's refusal to testify openly did not sit well …, said one Democratic aide": a nominal inside the
  // region is part of what was said
  let k = found.length - 1;
  while (k >= 0 && k >= found.length - LOOK_BACK && found[k].nominal) k--;
  const previous = found[k];
  if (!previous) return 0;
  return Math.max(previous.cue[1], previous.speaker ? previous.speaker[1] : 0);
}
