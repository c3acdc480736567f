import { findQuoteMarks } from './quote-marks';
import { sentenceTokens, splitSentences } from './segment';

const tokensOf = (text: string): string[] => {
  const marks = findQuoteMarks(text);
  return splitSentences(text, marks).flatMap((s) => sentenceTokens(text, s, marks).map((t) => t.low));
};

describe('splitSentences: tokens', () => {
  it('keeps joined words whole across ASCII and other letters, and collapses quotes', () => {
    expect(tokensOf('Zoë’s U.S.-led plan, A&P\'s 3.5% rise… “fine” Café')).toEqual(
      ['zoë’s', 'u.s', '.', '-', 'led', 'plan', ',', 'a&p\'s', '3.5', '%', 'rise', '…', '"', 'café'],
    );
  });

  it('skips no-break and other Unicode spaces and keeps characters outside the BMP', () => {
    expect(tokensOf('Trump\u00a0said\u2003it 𝐀𝐁 ok')).toEqual(['trump', 'said', 'it', '𝐀𝐁', 'ok']);
  });
});

describe('splitSentences: titles before a name', () => {
  it.each(['Rev.', 'Sens.', 'Adm.', 'Maj.'])('does not end a sentence after "%s"', (title) => {
    const text = `The letter was signed by the ${title} Ann Cole and others. It arrived late.`;
    expect(splitSentences(text, findQuoteMarks(text)).map((s) => text.slice(s.start, s.end))).toEqual([
      `The letter was signed by the ${title} Ann Cole and others.`,
      'It arrived late.',
    ]);
  });
});
