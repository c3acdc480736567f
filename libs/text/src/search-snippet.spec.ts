import { englishLexeme, searchSnippet, withoutCutWords } from './search-snippet';

const marked = (s: { text: string; highlights: Array<{ start: number; end: number }> }) =>
  s.highlights.reduceRight((text, h) => `${text.slice(0, h.start)}[${text.slice(h.start, h.end)}]${text.slice(h.end)}`, s.text);

describe('englishLexeme', () => {
  it('stems like PostgreSQL english_stem, and leaves words with digits to the simple dictionary', () => {
    expect(englishLexeme('Elections')).toBe('elect');
    expect(englishLexeme('running')).toBe('run');
    expect(englishLexeme('skies')).toBe('sky');
    expect(englishLexeme('COVID19')).toBe('covid19');
  });
});

describe('searchSnippet', () => {
  const body =
    'The council met on Monday. After a long debate about the harbour, the mayor said the elections would be held in May. ' +
    'Opposition parties welcomed the date. Several speakers raised the cost of the new bridge. ' +
    'Critics said the electoral roll was out of date and that the bridge would be late.';

  it('highlights every inflection of the searched stems, with offsets into the snippet text', () => {
    const s = searchSnippet(body, ['elect']);
    expect(marked(s)).toContain('the mayor said the [elections] would be held in May.');
    for (const h of s.highlights) expect(s.text.slice(h.start, h.end).toLowerCase()).toMatch(/^elect/);
  });

  it('does not highlight words that only share a prefix with the stem', () => {
    expect(marked(searchSnippet(body, ['elect']))).not.toContain('[electoral]');
  });

  it('starts a few words before the first hit', () => {
    const s = searchSnippet(body, ['elect'], { maxWords: 8, maxPassages: 1, wordsBefore: 3 });
    expect(marked(s)).toBe('mayor said the [elections] would be held in');
  });

  it('adds a second passage for a search word the first one lacks, joined by an ellipsis', () => {
    const s = searchSnippet(body, ['harbour', 'bridg'], { maxWords: 6, maxPassages: 2, wordsBefore: 2 });
    expect(marked(s)).toBe('about the [harbour], the mayor said … the new [bridge]. Critics said the');
  });

  it('never repeats words when hits are close together', () => {
    const s = searchSnippet('alpha beta gamma beta delta beta', ['beta'], { maxWords: 3, maxPassages: 2, wordsBefore: 1 });
    expect(marked(s)).toBe('alpha [beta] gamma … [beta] delta [beta]');
  });

  it('falls back to the start of the text when no word matches (a hit in the title only)', () => {
    const s = searchSnippet(body, ['zebra'], { maxWords: 5, maxPassages: 2, wordsBefore: 2 });
    expect(s).toEqual({ text: 'The council met on Monday.', highlights: [] });
  });

  it('collapses line breaks and keeps punctuation between words', () => {
    const s = searchSnippet('First line.\n\n  "Quoted", she said.', ['quot'], { maxWords: 10, maxPassages: 1, wordsBefore: 2 });
    expect(marked(s)).toBe('First line. "[Quoted]", she said.');
  });

  it('handles letters outside ASCII', () => {
    expect(marked(searchSnippet('Talks in Zürich ended.', [englishLexeme('Zürich')]))).toBe('Talks in [Zürich] ended.');
  });
});

describe('withoutCutWords', () => {
  it('drops the partial word at each cut end only', () => {
    expect(withoutCutWords('icials met to review the bud', true, true)).toBe(' met to review the ');
    expect(withoutCutWords('Officials met', false, false)).toBe('Officials met');
    expect(withoutCutWords('one', true, true)).toBe('');
  });
});

describe('searchSnippet with letters whose lower case is longer', () => {
  it('keeps offsets right when lower-casing the text would shift them (İ)', () => {
    const s = searchSnippet('İstanbul hosted the summit; summits followed.', ['summit']);
    expect(marked(s)).toBe('İstanbul hosted the [summit]; [summits] followed.');
  });
});
