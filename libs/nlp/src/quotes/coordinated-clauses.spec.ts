import { extractorWith, itFindsSpeakers } from './test-helpers';

const run = extractorWith({ 'Mr. Haskell': ['PERSON', 'Tom Haskell'] });

describe('extractQuotes: who speaks in a coordinated clause', () => {
  itFindsSpeakers('takes %s', run, [
    ['the subject of "…, I shrugged and said"', 'When my uncle mentioned the old mill to me at dinner, I shrugged and said, "I never liked that place."', 'I never liked that place.', 'I'],
    ['a possessive-led description', '"Nothing good comes from that mill," my uncle often said.', 'Nothing good comes from that mill,', 'my uncle'],
    ['the opening name past its appositive for a participle', 'Kessler, a former union chief, poked at the mayor during the hearing, tweeting, “Watch him dodge again.”', 'Watch him dodge again.', 'Kessler'],
    ['the earlier speaker when no new subject opens the clause', 'Mr. Haskell mentioned the mill and said it would reopen in spring.', 'it would reopen in spring', 'Mr. Haskell'],
  ]);
});

describe('extractQuotes: a titled speaker after the cue', () => {
  it('keeps "the Rev." inside the name and gives the next quote to the same speaker', () => {
    const text = 'Intro line.\n\n"The town will not go back," said the Rev. Ann Cole, of Grace Chapel. "What looked normal was normal for few."';
    const quotes = run(text);
    expect(quotes).toHaveLength(1);
    expect(quotes[0].text).toMatch(/^The town will not go back,.*What looked normal was normal for few\.$/);
    expect(quotes[0]).toMatchObject({ speaker: { text: 'the Rev. Ann Cole' } });
  });
});
