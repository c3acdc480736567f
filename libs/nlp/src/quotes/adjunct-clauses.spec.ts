import { extractorWith, quoteWithText } from './test-helpers';

const run = extractorWith({ 'Ms. Ortiz': ['PERSON', 'Lena Ortiz'] });

describe('extractQuotes: the writer’s adjunct clause after an attribution', () => {
  it('takes an inverted speaker followed by an "as" clause', () => {
    const text = 'Intro line.\n\n“We are not done with this,” said Ms. Ortiz as she left the hearing room.';
    expect(quoteWithText(run(text), 'We are not done with this,')).toMatchObject({ speakerCanonical: 'Lena Ortiz', cue: { text: 'said' } });
  });

  it('does not take the adjunct after "X said Friday" for what was said', () => {
    const quotes = run('Intro line.\n\n“We are not done with this,” Ms. Ortiz said Friday as she and her staff left the hearing room.');
    expect(quoteWithText(quotes, 'We are not done with this,')).toMatchObject({ speakerCanonical: 'Lena Ortiz' });
    expect(quotes.some((q) => q.text.includes('left the hearing'))).toBe(false);
  });

  it('keeps "as much" as the object of the cue', () => {
    const text = 'Intro line.\n\nThe ferry will close soon — the head of the port authority indicated as much in a letter to crews.';
    expect(quoteWithText(run(text), 'much')).toMatchObject({ speaker: { text: 'the head of the port authority' } });
  });

  it('takes a that-less clause after an aside for what was said', () => {
    const text = 'Intro line.\n\nMs. Ortiz said after the hearing she would not sign the permit.';
    expect(quoteWithText(run(text), 'she would not sign the permit')).toMatchObject({ speakerCanonical: 'Lena Ortiz', cue: { text: 'said' } });
  });

  it('takes a sentence that opens with the cue and the speaker: "Said X: “…”"', () => {
    const text = 'Intro line.\n\nSaid Ms. Ortiz: “Nobody on this board has read the contract.”';
    expect(quoteWithText(run(text), 'Nobody on this board has read the contract.')).toMatchObject({ speakerCanonical: 'Lena Ortiz', cue: { text: 'Said' } });
  });

  it.each([
    ['a participle with a possessive after it', 'In May, two unions granted the city an extension on the contract, saying its "budget was tighter than expected."', 'In May'],
    ['a naming participle', 'The program, called the Harbor Jobs Fund, lets residents train as pilots.', 'The program'],
  ])('does not read %s after a comma as an inverted "…, said X"', (_shape, sentence, head) => {
    expect(run(`Intro line.\n\n${sentence}`).some((q) => q.text.startsWith(head))).toBe(false);
  });
});
