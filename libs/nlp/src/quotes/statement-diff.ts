/**
 * What separates two wordings of a quote that share most of their words. Outlets trim a statement,
 * insert a bracketed word or change its marks, and it stays one statement; a changed number ("5,000"
 * vs "50,000"), an added or dropped negation ("will" vs "will not") or another name ("Russia" vs
 * "Ukraine") makes it a different one, however similar the rest.
 */

/** A word of a quote as grouping compares it: lower-cased key, and whether it was written with a capital. */
export interface StatementWord {
  key: string;
  capital: boolean;
}

const NUMBER_WORDS = new Set(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion trillion dozen dozens hundreds thousands millions billions half twice'.split(' '),
);
const NEGATIONS = new Set('not no never nor neither nobody nothing none nowhere cannot without'.split(' '));
/** Capitalised at a sentence's start, but never a name. */
const FUNCTION_WORDS = new Set(
  "a an the this that these those it it's its we we're we'll we've our us i i'm i'll i've my me you you're your he he's his him she she's her they they're their them and or but so yet if as at by for from in into of on to with about after before because when while where what which who whom how why there here then than also moreover however furthermore still even only just all any each every some many most more much such both either now today tomorrow yesterday again yes is are was were be been being do does did have has had will would shall should can could may might must let".split(
    ' ',
  ),
);
/** Quotes longer than this (in words) are compared by shingles only: the alignment is quadratic. */
const MAX_ALIGNED_WORDS = 2_000;

type Marker = { kind: 'number' | 'name'; key: string } | { kind: 'negation' };

function markerOf(word: StatementWord): Marker | null {
  if (NEGATIONS.has(word.key) || word.key.endsWith("n't")) return { kind: 'negation' };
  if (/^\p{N}/u.test(word.key) || NUMBER_WORDS.has(word.key)) return { kind: 'number', key: word.key };
  if (word.capital && !FUNCTION_WORDS.has(word.key)) return { kind: 'name', key: word.key };
  return null;
}

/** Spelling variants of one name (Lukashenka/Lukashenko) differ only in their last letters. */
function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  return common >= Math.max(a.length, b.length) - 2;
}

function sameMarker(a: Marker, b: Marker): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'negation') return true;
  const key = (b as { key: string }).key;
  return a.kind === 'name' ? sameName(a.key, key) : a.key === key;
}

/** Whether the two sides of one edit carry the same numbers, negations and names. */
function sameMarkers(a: readonly StatementWord[], b: readonly StatementWord[]): boolean {
  const left = a.map(markerOf).filter((m): m is Marker => m !== null);
  const right = b.map(markerOf).filter((m): m is Marker => m !== null);
  if (left.length !== right.length) return false;
  for (const m of left) {
    const i = right.findIndex((r) => sameMarker(m, r));
    if (i < 0) return false;
    right.splice(i, 1);
  }
  return true;
}

/**
 * True when an edit between the two wordings changes a number, a negation or a name. Words only one
 * side has at its start or end are a trim, not an edit: an excerpt of a statement is that statement.
 */
export function differInSubstance(a: readonly StatementWord[], b: readonly StatementWord[]): boolean {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0 || n > MAX_ALIGNED_WORDS || m > MAX_ALIGNED_WORDS) return false;
  // lcs[i * (m + 1) + j]: longest common subsequence of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i].key === b[j].key ? lcs[(i + 1) * width + j + 1] + 1 : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
    }
  }
  let i = 0;
  let j = 0;
  let fromA = 0;
  let fromB = 0;
  let matched = false;
  const editChangesMarkers = (toA: number, toB: number, atEnd: boolean): boolean => {
    const trim = (!matched || atEnd) && (toA === fromA || toB === fromB);
    return !trim && !sameMarkers(a.slice(fromA, toA), b.slice(fromB, toB));
  };
  while (i < n && j < m) {
    if (a[i].key === b[j].key) {
      if ((i > fromA || j > fromB) && editChangesMarkers(i, j, false)) return true;
      matched = true;
      fromA = ++i;
      fromB = ++j;
    } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) i++;
    else j++;
  }
  return (n > fromA || m > fromB) && editChangesMarkers(n, m, true);
}
