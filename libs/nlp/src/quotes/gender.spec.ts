import { genderOf, pronounGender, roleGender } from './gender';
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

describe('the gender of a role in apposition', () => {
  it('reads the one gendered role noun of a description, never a possessor', () => {
    expect(roleGender('A spokeswoman for the mayor’s office')).toBe('female');
    expect(roleGender('her husband')).toBe('male');
    expect(roleGender("The congressman's longtime adviser")).toBeNull();
    expect(roleGender('a lawyer for the firm')).toBeNull();
  });

  it('sends "she" to the spokeswoman whose given name it does not know, not to an earlier woman', () => {
    const run = extractorWith({ 'Ana Morales': ['PERSON', 'Ana Morales'], 'Keisha Brown': ['PERSON', 'Keisha Brown'], Schilling: ['PERSON', 'Curt Schilling'] });
    const text = 'Intro line.\n\nMayor Ana Morales defended the plan. A spokeswoman for the mayor, Keisha Brown, rejected that figure. She said the estimate was wrong.';
    expect(quoteWithText(run(text), 'the estimate was wrong')).toMatchObject({ speaker: { text: 'She' }, speakerCanonical: 'Keisha Brown' });
    // a role in a prepositional phrase is someone else's
    const through = 'Intro line.\n\nSchilling, through a spokeswoman, declined to comment. He said later that the post was a joke.';
    expect(quoteWithText(run(through), 'the post was a joke')).toMatchObject({ speakerCanonical: 'Curt Schilling' });
  });
});
