import { findQuoteMarks } from './quote-marks';
import { splitSentences } from './segment';

const tokensOf = (text: string): string[] => splitSentences(text, findQuoteMarks(text)).flatMap((s) => s.tokens.map((t) => t.low));

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
