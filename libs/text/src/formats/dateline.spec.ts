import { datelinePlaceSpans } from './dateline';

const places = (text: string) => datelinePlaceSpans(text).map((s) => text.slice(s.start, s.end));

describe('datelinePlaceSpans', () => {
  it('finds the upper-case place of a dateline opening a paragraph, with a region, a date or an agency after it', () => {
    expect(places('Headline\n\nCHISINAU — The talks went on.')).toEqual(['CHISINAU']);
    expect(places('SOCHI, Russia — The presidents met.')).toEqual(['SOCHI']);
    expect(places('  ST. PETERSBURG, Russia, Feb. 3 — The forum opened.')).toEqual(['ST. PETERSBURG']);
    expect(places('MINSK, Feb 11 (Reuters) - Belarus said on Friday.')).toEqual(['MINSK']);
  });

  it('ignores upper-case topic lines before an upper-case headline, and capitals inside a line', () => {
    expect(places('SOCCER - JAPAN GET LUCKY WIN')).toEqual([]);
    expect(places('The talks in CHISINAU — they went on.')).toEqual([]);
    expect(places('MOSCOW 1996-08-30')).toEqual([]);
  });
});
