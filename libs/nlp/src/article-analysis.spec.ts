import { analyseArticle, analyseBody } from './article-analysis';

const ARTICLE = [
  'Harbour Daily',
  '',
  'Mayor promises a new ferry line',
  'Photo by Tomas Lindqvist, Harbour Daily',
  '',
  'Mayor Ingrid Solberg said on Monday that the city would open a ferry line to the islands next year.',
  '',
  '“We have waited for this ferry for twenty years,” the mayor said.',
  '',
  '“The islands deserve a better connection to the town,” she added.',
  '',
  'Related posts',
  '',
  'Tomas Lindqvist says the harbour is too small',
].join('\n');

describe('analyseArticle', () => {
  it('never lets a name in a photo credit or a related-post line take the body’s quotes', () => {
    const { quotes, entities } = analyseArticle(ARTICLE);
    const direct = quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.text)).toEqual(['We have waited for this ferry for twenty years,', 'The islands deserve a better connection to the town,']);
    for (const q of quotes) expect(q.speakerCanonical).toBe('Ingrid Solberg');
    expect(entities.some((e) => e.text.includes('Lindqvist'))).toBe(false);
  });

  it('keeps offsets and texts true to the original text', () => {
    const { quotes, entities, boilerplate } = analyseArticle(ARTICLE);
    expect(boilerplate.length).toBeGreaterThan(0);
    for (const item of [...quotes, ...entities]) expect(ARTICLE.slice(item.start, item.end)).toBe(item.text);
  });

  it('keeps the names of an unpunctuated line inside the body, such as a table row or a subheading', () => {
    const text = 'Results\n\nThe league played its last round on Sunday, the organisers said.\nLeeds United 2 Oslo City 1\nThe final table follows.';
    const { boilerplate, entities } = analyseArticle(text);
    expect(boilerplate.map((b) => b.reason)).toContain('headline-like');
    expect(entities.map((e) => e.text)).toEqual(expect.arrayContaining(['Leeds United', 'Oslo City']));
  });

  it('is what the stages compute from the stored boilerplate', () => {
    const whole = analyseArticle(ARTICLE);
    expect(analyseBody(ARTICLE, whole.boilerplate)).toEqual({ entities: whole.entities, quotes: whole.quotes });
  });
});
