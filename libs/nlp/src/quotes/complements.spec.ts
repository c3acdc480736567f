import { extractorWith } from './test-helpers';

const run = extractorWith({ 'Elena Ruiz': ['PERSON', 'Elena Ruiz'] });
const inParagraph = (sentence: string) => run(`Intro line.\n\n${sentence}`);

describe('extractQuotes: the terms of speaking are not what was said', () => {
  it('gives a request not to be named no content, and keeps the statement beside it', () => {
    expect(inParagraph('“We will see,” said one lobbyist, who asked not to be named because he was not authorized to speak publicly.').map((q) => [q.text, q.speaker?.text])).toEqual([['We will see,', 'one lobbyist']]);
    expect(inParagraph('A senior official, who asked not to be identified, said the talks had stalled.').map((q) => q.text)).toEqual(['the talks had stalled']);
  });

  it('reads "on condition of anonymity" and "requested anonymity" as conditions, not statements', () => {
    expect(inParagraph('The official, speaking on condition of anonymity, said the talks had stalled.').map((q) => [q.text, q.speaker?.text])).toEqual([['the talks had stalled', 'The official, speaking on condition of anonymity']]);
    expect(inParagraph('Ruiz requested anonymity to discuss the talks.')).toEqual([]);
  });
});

describe('extractQuotes: a participle that modifies a noun says nothing', () => {
  it('reads "a statement released by the White House said …" with the sentence’s own cue', () => {
    expect(inParagraph('A statement released by the White House said the talks were useful.').map((q) => [q.text, q.cue?.text])).toEqual([['the talks were useful', 'said']]);
    expect(inParagraph('Figures published by the statistics office on Monday showed that factory output fell.').map((q) => [q.text, q.cue?.text])).toEqual([['that factory output fell', 'showed']]);
  });

  it('keeps "responded by citing …", where the by-phrase is the means', () => {
    expect(inParagraph('Ruiz responded by citing the budget figures.').map((q) => [q.text, q.speaker?.text])).toEqual([['by citing the budget figures', 'Ruiz']]);
  });
});

describe('extractQuotes: the listener of "told" is not what was said', () => {
  it('starts the content at the pronoun that opens the clause after a short listener', () => {
    expect(inParagraph('Ruiz told reporters she was confident the line would open.').map((q) => q.text)).toEqual(['she was confident the line would open']);
    expect(inParagraph('Ruiz told the forum on Friday she would run again.').map((q) => q.text)).toEqual(['she would run again']);
  });

  it('keeps a wh-clause or a later clause inside what was told', () => {
    expect(inParagraph('Ruiz told Marlow how surprised she is by the result.').map((q) => q.text)).toEqual(['Marlow how surprised she is by the result']);
  });
});

describe('extractQuotes: a wire dateline is not what was said', () => {
  it('starts a content that opens its paragraph after the dateline', () => {
    expect(run('Intro line.\n\nLONDON — Flu cases in England have risen for a fourth week, health officials said on Friday.').map((q) => q.text)).toEqual(['Flu cases in England have risen for a fourth week']);
    expect(run('Intro line.\n\nWASHINGTON (Reuters) - The Senate will vote on the bill next week, aides said.').map((q) => q.text)).toEqual(['The Senate will vote on the bill next week']);
  });
});
