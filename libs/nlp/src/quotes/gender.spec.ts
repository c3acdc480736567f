import { genderOf, pronounGender } from './gender';
import { extractorWith, quoteWithText } from './test-helpers';

describe('genderOf', () => {
  it('reads titles and given names, and leaves single surnames unknown', () => {
    expect(genderOf('Mrs. Clinton', 'Clinton')).toBe('female');
    expect(genderOf('Hillary Clinton', 'Hillary Clinton')).toBe('female');
    expect(genderOf('Bill Clinton', 'Bill Clinton')).toBe('male');
    expect(genderOf('Fowler', 'Fowler')).toBeNull();
    expect(pronounGender('she')).toBe('female');
    expect(pronounGender('they')).toBeNull();
  });
});

describe('pronoun resolution with gender', () => {
  const run = extractorWith({ 'Hillary Clinton': ['PERSON', 'Hillary Clinton'], 'Don Fowler': ['PERSON', 'Don Fowler'] });

  it('skips a nearer person of the other gender', () => {
    const text = 'Intro line.\n\nHillary Clinton met Don Fowler on Friday. She said the plan was ready. He said the party would be fine.';
    const quotes = run(text);
    expect(quoteWithText(quotes, 'the plan was ready')).toMatchObject({ speaker: { text: 'She' }, speakerCanonical: 'Hillary Clinton' });
    expect(quoteWithText(quotes, 'the party would be fine')).toMatchObject({ speaker: { text: 'He' }, speakerCanonical: 'Don Fowler' });
  });
});
