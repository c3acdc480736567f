import { findQuoteMarks } from './quote-marks';

const inner = (text: string): string[] => findQuoteMarks(text).map((m) => text.slice(m.start, m.end));

describe('findQuoteMarks', () => {
  it('pairs curly, straight, doubled-single and single marks', () => {
    expect(inner('He said “yes,” she said "no" and ‘maybe’.')).toEqual(['yes,', 'no', 'maybe']);
    expect(inner("''It's more fiddling with the details,'' he said.")).toEqual(["It's more fiddling with the details,"]);
  });

  it('reads apostrophes as apostrophes, not closing marks', () => {
    expect(inner('‘Belarus’s ally’s future’ is bright, it’s said.')).toEqual(['Belarus’s ally’s future']);
  });

  it('copes with missing spaces around marks', () => {
    expect(inner('the “unfriendly steps”British authorities took')).toEqual(['unfriendly steps']);
  });

  it('keeps a quote over several paragraphs as one when each paragraph reopens the mark', () => {
    const text = '“First paragraph of the speech.\n\n“Second paragraph,” he said.';
    const marks = findQuoteMarks(text);
    expect(marks).toHaveLength(1);
    expect(text.slice(marks[0].start, marks[0].end)).toBe('First paragraph of the speech.\n\n“Second paragraph,');
  });

  it('drops a mark left open at a paragraph end when the next paragraph does not reopen', () => {
    expect(inner('“Never closed\n\nA new paragraph with “a quote” in it.')).toEqual(['a quote']);
  });

  it('does not pair single marks nested in a double quote', () => {
    expect(inner('“He told me, ‘go home’, and left,” she said.')).toEqual(['He told me, ‘go home’, and left,']);
  });

  it('handles 100,000 unbalanced marks', () => {
    const text = '“'.repeat(100_000) + ' word';
    expect(findQuoteMarks(text)).toEqual([]);
    // only the first mark opens (a mark right after a mark cannot open), so one empty quote
    expect(findQuoteMarks('"'.repeat(100_001))).toHaveLength(1);
  });
});
