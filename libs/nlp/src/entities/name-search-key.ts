import { englishGivenName, isTitleWord, transliterationKey } from './names';

/**
 * German and Polish spellings of the sounds English writes sh, ch and y ("Lukaschenko", "Tschernow",
 * "Szymon", "Jurij"), rewritten before the word's transliterationKey, which knows only English-style
 * digraphs. j becomes y everywhere: transliterationKey drops both inside a word, so only a leading
 * J/Y ever differed.
 */
const FOREIGN_DIGRAPHS: Array<[RegExp, string]> = [
  // Letters NFD does not take apart.
  [/ł/g, 'l'],
  [/ø/g, 'o'],
  [/ß/g, 'ss'],
  [/đ/g, 'd'],
  [/tsch/g, 'ch'],
  [/sch/g, 'sh'],
  [/sz/g, 'sh'],
  [/cz/g, 'ch'],
  [/j/g, 'y'],
];

function wordKey(word: string): string {
  let w = englishGivenName(word).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const [from, to] of FOREIGN_DIGRAPHS) w = w.replace(from, to);
  return transliterationKey(w);
}

/**
 * A spelling-independent key for a whole name, to find a person whatever the transliteration: each word's
 * transliteration key (first letter and consonant skeleton, x = ks, kh = h, w = v...) after titles are
 * dropped, so "Lukaschenko", "Lukashenko" and "Lukashenka" share one key, and so do "Aleksandr
 * Lukashenko" and "President Alexander Lukashenko". Pure: the search side and the stored aliases must
 * compute it alike.
 */
export function nameSearchKey(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const named = words.filter((w) => !isTitleWord(w));
  return (named.length ? named : words).map(wordKey).filter(Boolean).join(' ');
}
