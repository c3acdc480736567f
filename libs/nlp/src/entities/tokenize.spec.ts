import { tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps exact offsets and splits quote marks glued to names', () => {
    const text = '“The West is losing,”Lukashenko stated.';
    const tokens = tokenize(text);
    tokens.text.forEach((word, i) => expect(text.slice(tokens.start[i], tokens.end[i])).toBe(word));
    expect(tokens.text).toEqual(['“', 'The', 'West', 'is', 'losing', ',', '”', 'Lukashenko', 'stated', '.']);
  });

  it("splits the possessive off a name, in news text and in CoNLL's tokenised form", () => {
    expect(tokenize('Belarus’s ambassador').text).toEqual(['Belarus', '’s', 'ambassador']);
    expect(tokenize("Lukashenko 's aide").text).toEqual(['Lukashenko', "'s", 'aide']);
  });

  it('keeps abbreviation periods, initials and digit groups inside their tokens', () => {
    expect(tokenize('Mr. Smith of Acme Inc. met U.S. envoys, 3,000 of them.').text).toEqual(
      ['Mr.', 'Smith', 'of', 'Acme', 'Inc.', 'met', 'U.S.', 'envoys', ',', '3,000', 'of', 'them', '.'],
    );
  });

  it('keeps joined words, digit groups and abbreviations whole, and groups runs of one symbol', () => {
    expect(tokenize('Bre-X paid $1,000,000 to AT&T in the U.S. on Jan. 5').text)
      .toEqual(['Bre-X', 'paid', '$', '1,000,000', 'to', 'AT&T', 'in', 'the', 'U.S.', 'on', 'Jan.', '5']);
    expect(tokenize("don't stop -- it's Mr. Smith's ...").text)
      .toEqual(["don't", 'stop', '--', 'it', "'s", 'Mr.', 'Smith', "'s", '...']);
  });

  it('treats letters and digits beyond ASCII and the BMP like ASCII ones', () => {
    expect(tokenize('Łódź’s mayor met 𝐀lice at 12,5a ٣,٣').text)
      .toEqual(['Łódź', '’s', 'mayor', 'met', '𝐀lice', 'at', '12,5', 'a', '٣,٣']);
  });

  it('marks tokens that start a new line', () => {
    expect(tokenize('Minsk\n\nMoscow here').newline).toEqual([true, true, false]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('').text).toEqual([]);
    expect(tokenize(' \n\t ').text).toEqual([]);
  });
});
