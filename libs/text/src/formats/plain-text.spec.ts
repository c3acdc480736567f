import { parseInboxFile } from './index';
import type { ParsedArticle } from './outcome';

const parseOne = (name: string, text: string): ParsedArticle => {
  const outcome = parseInboxFile(name, Buffer.from(text), { maxBytes: 1 << 20 });
  expect(outcome.rejections).toEqual([]);
  expect(outcome.articles).toHaveLength(1);
  return outcome.articles[0];
};

describe('plain-text articles (.txt)', () => {
  it('takes the first line as title and keeps the whole file as text and body', () => {
    const text = 'Belarus and Russia sign a deal\n\nThe two countries signed on Friday.\n';
    expect(parseOne('a.txt', text)).toEqual({
      recordIndex: 0,
      text,
      body: text,
      title: 'Belarus and Russia sign a deal',
      url: null,
      publishedAt: null,
      source: null,
      byline: null,
      dateline: null,
      format: 'txt',
      encoding: 'utf-8',
    });
  });

  it('takes a site-name first line as the source and skips a one-word section label', () => {
    const article = parseOne('a.txt', 'Cyprus Mail\nRussiaWorld\n\nPutin: integration speeding up thanks to West\n\nBody.');
    expect(article).toMatchObject({ source: 'Cyprus Mail', title: 'Putin: integration speeding up thanks to West' });
  });

  it('skips a tagline and a breadcrumb menu above the headline, without calling a later label the outlet', () => {
    const text = 'Honest • In-Depth • Revealing\n  • Home\n  • News\n  • Allies Stay Close\nColumn 3 News\n\nAllies Stay Close, Leaders Say\n\nBody.';
    expect(parseOne('a.txt', text)).toMatchObject({ title: 'Allies Stay Close, Leaders Say', source: null });
  });

  it('has no title when the text opens with its lead sentence', () => {
    const lead =
      'Minsk considers Russia to be a strategic partner, Belarusian President Alexander Lukashenko stated at a news conference held on Thursday.';
    expect(parseOne('a.txt', `${lead}\n\nMore text.`).title).toBeNull();
  });

  it('has no title when the first line opens with a wire dateline', () => {
    expect(parseOne('a.txt', 'MINSK, Feb 11 (Reuters) - Belarus said on Thursday.\nMore.')).toMatchObject({
      title: null,
      dateline: 'MINSK',
      source: 'Reuters',
    });
  });

  it('finds a dateline inside a photo caption and dates the article by it', () => {
    const text = 'Headline about integration\n\nLukashenka at the Congress. Minsk, 11 February 2021. Photo: president.gov.by\n\nBody.';
    expect(parseOne('a.txt', text)).toMatchObject({ dateline: 'Minsk', publishedAt: '2021-02-11T00:00:00.000Z' });
  });

  it('reads a month-first dateline with a multi-word place', () => {
    const text = 'Summit ends\n\nSt. Petersburg, June 17, 2022 - Leaders met.';
    expect(parseOne('a.txt', text)).toMatchObject({ dateline: 'St. Petersburg', publishedAt: '2022-06-17T00:00:00.000Z' });
  });

  it('does not take a name followed by a date mid-sentence for a dateline', () => {
    expect(parseOne('a.txt', 'Talks resume\n\nTalks with Poland, 11 February 2021 was the date.').dateline).toBeNull();
  });

  it('reads a byline with a date on the same line', () => {
    const text = 'Headline here today\nBy Jane Doe and John Roe | 11 February 2021\n\nBody.';
    expect(parseOne('a.txt', text)).toMatchObject({ byline: 'Jane Doe and John Roe', publishedAt: '2021-02-11T00:00:00.000Z' });
  });

  it('reads a "Published:" date line with a time', () => {
    expect(parseOne('a.txt', 'Published: March 3, 2020 10:30 am\nSome Title Here\n\nBody.')).toMatchObject({
      title: 'Some Title Here',
      publishedAt: '2020-03-03T00:00:00.000Z',
    });
  });

  it('leaves the source null for a short headline that merely ends in a common word', () => {
    expect(parseOne('a.txt', 'Record Heat Hits Minsk\n\nBody text.')).toMatchObject({ title: 'Record Heat Hits Minsk', source: null });
  });

  it('treats a single short line as the title of a one-line article', () => {
    expect(parseOne('a.txt', 'Only line').title).toBe('Only line');
  });
});

describe('Markdown articles (.md)', () => {
  it('strips heading marks and inline markup from the title, keeping the raw text', () => {
    const text = '# **Breaking**: [Minsk](https://x.example) talks\n\nBody with *emphasis*.';
    expect(parseOne('a.md', text)).toMatchObject({ title: 'Breaking: Minsk talks', text, body: text, format: 'md' });
  });

  it('prefers front matter fields and leaves the front matter out of the body', () => {
    const text = '---\ntitle: "From front matter"\ndate: 2021-02-11\nsource: Kyiv Post\nurl: https://kp.example/a\nauthor: Jane Doe\n---\n# Other heading\n\nBody.';
    expect(parseOne('a.md', text)).toMatchObject({
      title: 'From front matter',
      publishedAt: '2021-02-11T00:00:00.000Z',
      source: 'Kyiv Post',
      url: 'https://kp.example/a',
      byline: 'Jane Doe',
      body: '# Other heading\n\nBody.',
      text,
    });
  });
});

describe('article headers in plain text and Markdown', () => {
  const body = '\n\nThe two leaders met in Sochi on Friday, their third meeting this year.\n';

  it.each([
    ['Belsat', 'Posted by Tomas Jurgis | 15 November 2021', 'Tomas Jurgis'],
    ['Charter 97', 'Posted by admin | 15 November 2021, 10:04', 'admin'],
  ])('reads "%s / Section / Headline / %s" as outlet, title, byline and date', (outlet, bylineLine, byline) => {
    const text = `${outlet}\nPolitics\nLukashenka meets Putin in Sochi again\n${bylineLine}${body}`;
    expect(parseOne('a.txt', text)).toMatchObject({
      title: 'Lukashenka meets Putin in Sochi again',
      source: outlet,
      byline,
      publishedAt: '2021-11-15T00:00:00.000Z',
    });
  });

  it('does not take a section label right above the headline for the outlet', () => {
    const text = `Politics\nLukashenka meets Putin in Sochi again\nBy Tomas Jurgis${body}`;
    expect(parseOne('a.txt', text)).toMatchObject({ title: 'Lukashenka meets Putin in Sochi again', source: null, byline: 'Tomas Jurgis' });
  });

  it('reads an emphasised Markdown byline with a date: *By Tomas Jurgis · 3 March 2022*', () => {
    const text = `# Lukashenka meets Putin in Sochi again\n\n*By Tomas Jurgis · 3 March 2022*${body}`;
    expect(parseOne('a.md', text)).toMatchObject({
      title: 'Lukashenka meets Putin in Sochi again',
      byline: 'Tomas Jurgis',
      publishedAt: '2022-03-03T00:00:00.000Z',
    });
  });

  it('keeps the offset of a front matter date', () => {
    const text = `---\ntitle: "Lukashenka meets Putin"\ndate: 2022-03-03T00:30:00+03:00\nauthor: Tomas Jurgis\n---${body}`;
    expect(parseOne('a.md', text)).toMatchObject({ title: 'Lukashenka meets Putin', byline: 'Tomas Jurgis', publishedAt: '2022-03-03T00:30:00.000+03:00' });
  });

  it('stays undated when nothing in the text is a date', () => {
    expect(parseOne('a.txt', `Lukashenka meets Putin in Sochi again${body}`).publishedAt).toBeNull();
  });
});

describe('Markdown front matter', () => {
  it('reads author lists, quoted dates and an outlet field', () => {
    const text = "---\ntitle: 'Talks in Sochi'\nauthors:\n  - Tomas Jurgis\n  - Anna Kowalska\ndate: \"2022-03-03\"\nsite_name: Belsat\ntags: [politics, russia]\n---\n\nThe two leaders met.\n";
    expect(parseOne('a.md', text)).toMatchObject({
      title: 'Talks in Sochi',
      byline: 'Tomas Jurgis, Anna Kowalska',
      publishedAt: '2022-03-03T00:00:00.000Z',
      source: 'Belsat',
      body: '\nThe two leaders met.\n',
    });
  });
});
