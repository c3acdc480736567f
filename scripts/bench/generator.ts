// Deterministic generated texts, for benches that need more (or other) texts than the shared data sets hold.

const SYLLABLES = ['ba', 'ko', 'ri', 'ten', 'lu', 'mar', 'sa', 'vel', 'do', 'ni', 'pra', 'ge', 'tor', 'wi', 'han', 'zu', 'le', 'mo', 'kas', 'fi'];

function xorshift(seed: number): () => number {
  // xorshift32 in 32-bit integer arithmetic (a float LCG loses precision and repeats texts).
  let s = (Math.imul(seed + 1, 2654435761) ^ 0x9e3779b9) >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** A deterministic pseudo-word vocabulary: news text has tens of thousands of word types, not dozens. */
function vocabulary(size: number, seed: number, capitalised = false): string[] {
  const next = xorshift(seed);
  const words = new Set<string>();
  while (words.size < size) {
    let w = '';
    for (let k = 2 + Math.floor(next() * 3); k > 0; k--) w += SYLLABLES[Math.floor(next() * SYLLABLES.length)];
    words.add(capitalised ? w[0].toUpperCase() + w.slice(1) : w);
  }
  return [...words];
}

const WORDS = vocabulary(20_000, 1);
const GIVEN = vocabulary(300, 2, true);
const FAMILY = vocabulary(2_000, 3, true);
const PLACES = vocabulary(500, 4, true);

/** A word of WORDS, the first ones far more often than the last, as in a Zipf distribution. */
const zipfWord = (next: () => number) => WORDS[Math.floor(WORDS.length * next() ** 2.5)];

/**
 * A synthetic news article (a person quoted directly and indirectly, a place): distinct per `i`. Words
 * follow a Zipf-like frequency over a 20,000-word vocabulary, so unrelated articles share about as many
 * shingles as unrelated real articles do, and dedupe and quote grouping see realistic candidate counts.
 */
export function syntheticArticle(i: number, words = 90): string {
  const next = xorshift(i);
  const word = () => zipfWord(next);
  const run = (n: number) => Array.from({ length: n }, word).join(' ');
  const person = `${GIVEN[Math.floor(next() * GIVEN.length)]} ${FAMILY[Math.floor(next() * FAMILY.length)]}`;
  const place = PLACES[Math.floor(next() * PLACES.length)];
  const per = Math.max(4, Math.floor(words / 6));
  return [
    `Report ${i} on the ${run(4)} in ${place}`,
    `${place}, ${1 + (i % 28)} March 2024. The ${run(per)} ${i}.`,
    `“The ${run(per)},” ${person} said.`,
    `${person.split(' ')[1]} said that the ${run(per)} would ${run(per)} ${i}.`,
    `The ${run(per)} ${i * 7}.`,
  ].join('\n\n');
}

const FUNCTION_WORDS = ['the', 'of', 'to', 'and', 'a', 'in', 'for', 'on', 'with', 'as', 'by', 'at', 'from', 'its', 'an', 'this', 'which', 'has', 'were', 'more', 'than', 'after', 'over', 'into'];
const FIRST_NAMES = ['James', 'Maria', 'Robert', 'Linda', 'Michael', 'Sarah', 'David', 'Karen', 'Thomas', 'Nancy', 'Daniel', 'Laura', 'Paul', 'Helen', 'Mark', 'Anna', 'Steven', 'Julia', 'Kevin', 'Emily'];
const PLACE_NAMES = ['Washington', 'Ohio', 'Texas', 'Iowa', 'Chicago', 'Boston', 'Denver', 'Florida', 'Virginia', 'Nevada', 'London', 'Paris', 'Berlin', 'Moscow', 'Beijing', 'Mexico', 'Canada', 'Syria', 'Iran', 'Brazil'];
const ORG_KINDS = ['Commission', 'Institute', 'Party', 'Council', 'Foundation', 'Ministry', 'University', 'Corporation'];
const ROLES = ['spokeswoman', 'senator', 'chairman', 'governor', 'analyst', 'director', 'adviser', 'economist'];
const SAY = ['said', 'added', 'told reporters', 'wrote', 'argued', 'warned'];
const OPENERS = ['We', 'It', 'The', 'This', 'Our', 'There'];
const THAT = ['said that', 'argued that', 'warned that', 'noted that', 'told reporters that', 'insisted that'];

/** News-like prose: function words between pseudo-words. */
function prose(next: () => number): (n: number) => string {
  const word = () => (next() < 0.4 ? FUNCTION_WORDS[Math.floor(next() * FUNCTION_WORDS.length)] : zipfWord(next));
  return (n) => Array.from({ length: n }, word).join(' ');
}

/**
 * A real-size news article, distinct per `i`, for when the PolNeAR texts are not there: about 6 KB,
 * 50 entity mentions (people, places, organisations) and 20 quotes (direct, split, partial and indirect,
 * each with a named speaker) as `extract` reads it. Short texts would hide the per-mention and per-quote cost.
 * Its pseudo-words are cheaper to extract than real English, so real news is preferred where it is there.
 */
export function newsArticle(i: number, minChars = 5800): string {
  const next = xorshift(i);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  const run = prose(next);
  const people = Array.from({ length: 6 }, () => ({ first: pick(FIRST_NAMES), last: pick(FAMILY), role: pick(ROLES) }));
  const orgs = Array.from({ length: 3 }, () => `${pick(PLACES)} ${pick(ORG_KINDS)}`);
  const place = () => pick(PLACE_NAMES);
  const someone = () => pick(people);
  const full = (p: (typeof people)[number]) => `${p.first} ${p.last}`;
  const said = (n: number) => `${pick(OPENERS)} ${run(n)}`;
  const templates: Array<() => string> = [
    () => `${full(someone())} met ${full(someone())} of the ${pick(orgs)} in ${place()} on Tuesday, ${run(20)}. The ${run(16)} in ${place()}.`,
    () => `The ${run(20)} in ${place()} and ${place()}, ${run(12)}. The ${pick(orgs)} ${run(14)}.`,
    () => `“${said(22)},” ${someone().last} ${pick(SAY)}. The ${run(14)}.`,
    () => {
      const p = someone();
      return `“${said(16)},” said ${full(p)}, the ${p.role} of the ${pick(orgs)}. “${said(20)}.”`;
    },
    () => `${someone().last} ${pick(THAT)} the ${run(20)} in ${place()} ${run(10)}. The ${pick(orgs)} ${run(12)}.`,
    () => `${full(someone())}, a ${someone().role} in ${place()}, ${pick(THAT)} the ${pick(orgs)} ${run(18)}.`,
    () => `The ${pick(orgs)} called the ${run(6)} ‘${run(3)}’, and ${someone().last} ${pick(THAT)} ${run(14)}. The ${run(12)}.`,
    () => `The ${run(24)}. The ${run(16)}.`,
  ];
  const paragraphs = [`${said(4)} in ${place()}: ${run(6)}`, `${place().toUpperCase()} — ${full(people[0])} ${pick(THAT)} the ${run(14)} ${i}.`];
  for (let size = 0; size < minChars; size += paragraphs[paragraphs.length - 1].length + 2) paragraphs.push(pick(templates)());
  return paragraphs.join('\n\n');
}

/** `count` generated news articles, numbered from `first`: each range of numbers gives other texts. */
export function newsArticles(first: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => newsArticle(first + i));
}
