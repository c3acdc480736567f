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
