/**
 * Deterministic synthetic news articles: random word sequences (so no two share enough shingles to be
 * near duplicates), a named person with a direct quote and an indirect statement, and a place.
 */
const FIRST = ['Anna', 'Boris', 'Clara', 'Dmitry', 'Elena', 'Farid', 'Greta', 'Hugo', 'Irina', 'Jonas', 'Katya', 'Luis', 'Marta', 'Nikolai', 'Olga', 'Pavel'];
const LAST = ['Petrova', 'Novak', 'Schmidt', 'Kowalski', 'Ivanov', 'Larsen', 'Moreau', 'Rossi', 'Silva', 'Tanaka', 'Weber', 'Horvat', 'Dubois', 'Fischer'];
const CITIES = ['Vilnius', 'Warsaw', 'Berlin', 'Paris', 'Madrid', 'Prague', 'Vienna', 'Oslo', 'Helsinki', 'Lisbon', 'Dublin', 'Athens'];
const WORDS = (
  'market budget council reform harvest energy bridge railway school hospital court border tariff treaty vote ' +
  'campaign protest festival drought flood investment pension salary factory port airport election committee ' +
  'minister agency report survey figure growth decline export import pipeline grain steel timber fishery tourism ' +
  'museum library stadium highway tunnel subsidy license audit inquiry verdict appeal ruling charter summit ' +
  'delegation envoy contract tender auction bond loan deficit surplus inflation wage strike union merger'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: T[]) => xs[Math.floor(r() * xs.length)];

function words(r: () => number, n: number): string {
  return Array.from({ length: n }, () => pick(r, WORDS)).join(' ');
}

export interface GeneratedArticle {
  fileName: string;
  text: string;
  person: string;
}

export function generateArticle(i: number, seed = 1): GeneratedArticle {
  const r = rng(seed * 100_003 + i * 7919);
  const person = `${pick(r, FIRST)} ${pick(r, LAST)}`;
  const city = pick(r, CITIES);
  const surname = person.split(' ')[1];
  const paragraphs = [
    `Report ${i}: ${words(r, 5)} in ${city}`,
    `${city}, ${1 + (i % 28)} March 2024. ${capitalise(words(r, 14))} ${i} ${words(r, 10)}.`,
    `“${capitalise(words(r, 12))} ${i},” ${person} said.`,
    `${capitalise(words(r, 16))} ${words(r, 8)} ${i * 31}.`,
    `${surname} said that the ${words(r, 9)} would ${words(r, 6)}.`,
    `${capitalise(words(r, 18))} ${i * 7}.`,
  ];
  return { fileName: `gen-${String(i).padStart(5, '0')}.txt`, text: paragraphs.join('\n\n') + '\n', person };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
