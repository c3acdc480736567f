import { splitBoilerplate } from '../boilerplate';
import { parseInboxFile } from './index';
import type { ParsedArticle } from './outcome';

const parseOne = (html: string): ParsedArticle => {
  const outcome = parseInboxFile('page.html', Buffer.from(html), { maxBytes: 1 << 20 });
  expect(outcome.rejections).toEqual([]);
  expect(outcome.articles).toHaveLength(1);
  return outcome.articles[0];
};

const STORY = [
  'The council approved the new city budget on Monday evening, after a debate that lasted more than six hours.',
  'Spending on schools rises by four percent, while the roads programme is cut back to last year’s level.',
  'The mayor said the compromise was the best the city could afford, and the opposition promised to revisit it.',
];
const paragraphs = STORY.map((p) => `<p>${p}</p>`).join('\n');

describe('HTML pages as real sites write them', () => {
  it('reads a valid page that has no <body> start tag', () => {
    const page = `<!doctype html><html><head><title>Budget passes</title></head>\n<h1>Budget passes</h1>\n${paragraphs}\n</html>`;
    const article = parseOne(page);
    expect(article.body).toContain(STORY[0]);
    expect(article.body).toContain(STORY[2]);
  });

  it('reads a page without <html>, <head> or <body> tags', () => {
    const article = parseOne(`<title>Budget passes</title>\n<h1>Budget passes</h1>\n${paragraphs}`);
    expect(article.title).toBe('Budget passes');
    expect(article.body).toContain(STORY[1]);
  });

  it('keeps the article when a stray <html> element is nested inside it', () => {
    const page = `<!doctype html><html><head><title>Budget passes</title></head><body><article><h1>Budget passes</h1>
      <p>${STORY[0]}</p><html><p>${STORY[1]}</p></html><p>${STORY[2]}</p></article></body></html>`;
    const article = parseOne(page);
    for (const sentence of STORY) expect(article.body).toContain(sentence);
  });

  it('reads a page that a PHP warning or a stray <style> precedes', () => {
    const page = `<br />\n<b>Warning</b>: mysql_connect(): Access denied in <b>/www/db.php</b> on line <b>9</b><br />\n<style>.x{}</style>
      <!DOCTYPE html><html><head><title>Budget passes</title></head><body><article>${paragraphs}</article></body></html>`;
    const article = parseOne(page);
    expect(article.title).toBe('Budget passes');
    expect(article.body).toContain(STORY[1]);
    expect(article.body).not.toContain('Warning');
  });

  it('reads a page whose unclosed <header> holds the whole page', () => {
    const page = `<!DOCTYPE html><html><head><title>Budget passes</title></head><body><div><header><h2>City Post</h2>
      <div><div>${paragraphs}${paragraphs.replace(/<p>/g, '<p>Again: ')}</div></div><footer>Imprint</footer></div></body></html>`;
    expect(parseOne(page).body).toContain(STORY[2]);
  });

  it('does not repeat the headline at the top of the body', () => {
    const page = `<html><head><title>Budget passes after a long night | City Post</title></head><body><article>
      <h1>Budget passes after a long night</h1>${paragraphs}</article></body></html>`;
    const article = parseOne(page);
    expect(article.title).toBe('Budget passes after a long night');
    expect(article.body.startsWith(STORY[0])).toBe(true);
    expect(article.text).toBe(`Budget passes after a long night\n\n${article.body}`);
  });
});

describe('HTML titles without the site around them', () => {
  const page = (head: string, h1 = '') =>
    `<html><head>${head}</head><body><article>${h1}${paragraphs}</article></body></html>`;

  it('drops a chain of section and site suffixes', () => {
    const article = parseOne(page('<title>Chelsea sign a new goalkeeper from Porto - Soccer - Sport - Breaking News</title>'));
    expect(article.title).toBe('Chelsea sign a new goalkeeper from Porto');
  });

  it('drops a site-and-section prefix named by the host', () => {
    const head = '<title>Goal.com - Chelsea - Chelsea sign a new goalkeeper from Porto</title><link rel="canonical" href="https://www.goal.com/en/news/chelsea-keeper">';
    expect(parseOne(page(head)).title).toBe('Chelsea sign a new goalkeeper from Porto');
  });

  it('prefers the <h1> that agrees with og:title over the site name in <title>', () => {
    const head = '<title>City Post</title><meta property="og:title" content="Budget passes after a long night | City Post"><meta property="og:site_name" content="City Post">';
    expect(parseOne(page(head, '<h1>Budget passes after a long night</h1>')).title).toBe('Budget passes after a long night');
  });

  it('does not take a logo <h1> naming the site', () => {
    const head = '<title>Budget passes after a long night | City Post</title><meta property="og:site_name" content="City Post">';
    const body = `<html><head>${head}</head><body><header><h1>City Post</h1></header><article>${paragraphs}</article></body></html>`;
    expect(parseOne(body).title).toBe('Budget passes after a long night');
  });

  it('keeps a short lead segment that is part of the headline', () => {
    expect(parseOne(page('<title>Brexit - what happens next for fishing</title>')).title).toBe('Brexit - what happens next for fishing');
  });
});

describe('HTML publication dates', () => {
  const page = (head: string, body = '') => `<html><head><title>Budget passes</title>${head}</head><body>${body}<article>${paragraphs}</article></body></html>`;

  it('keeps the local calendar day and the offset of a time near midnight', () => {
    const article = parseOne(page('<meta property="article:published_time" content="2021-11-15T00:20:00+02:00">'));
    expect(article.publishedAt).toBe('2021-11-15T00:20:00.000+02:00');
    expect(new Date(article.publishedAt as string).toISOString()).toBe('2021-11-14T22:20:00.000Z');
  });

  it('reads the date from JSON-LD', () => {
    const jsonLd = JSON.stringify({ '@type': 'NewsArticle', headline: 'Budget passes', datePublished: '2021-11-15T09:00:00-05:00' });
    expect(parseOne(page(`<script type="application/ld+json">${jsonLd}</script>`)).publishedAt).toBe('2021-11-15T09:00:00.000-05:00');
  });

  it('reads the date from a <time> element', () => {
    expect(parseOne(page('', '<time datetime="2021-11-15">15 Nov</time>')).publishedAt).toBe('2021-11-15T00:00:00.000Z');
  });

  it('reads the date from a visible byline line', () => {
    const article = parseOne(page('', '<div class="article-meta">By Jane Doe | Published 15 November 2021, 10:04</div>'));
    expect(article.publishedAt).toBe('2021-11-15T00:00:00.000Z');
  });

  it('takes the article’s date line, not the page header’s date of today', () => {
    const page = `<html><head><title>Budget passes</title></head><body><div class="header-date">Monday, 7 December 2026</div>
      <article><div class="byline">By Jane Doe, 15 November 2021</div>${paragraphs}</article></body></html>`;
    expect(parseOne(page).publishedAt).toBe('2021-11-15T00:00:00.000Z');
  });

  it.each([
    ['<span class="date">Veröffentlicht am 15. November 2021, 10:04 Uhr</span>'],
    ['<p class="post-meta">Publié le 15 novembre 2021</p>'],
    ['<span itemprop="datePublished" content="2021-11-15">vor drei Tagen</span>'],
  ])('reads the date of %s', (line) => {
    expect(parseOne(page('', `<article>${line}</article>`)).publishedAt).toBe('2021-11-15T00:00:00.000Z');
  });

  it('reads the date from the URL', () => {
    const article = parseOne(page('<link rel="canonical" href="https://news.example/2021/11/15/budget-passes/">'));
    expect(article.publishedAt).toBe('2021-11-15T00:00:00.000Z');
  });

  it('stays undated when the page gives no date', () => {
    expect(parseOne(page('')).publishedAt).toBeNull();
  });
});

describe('HTML lists and tables', () => {
  it('keeps table cells apart and each row on its own line', () => {
    const page = `<html><head><title>Budget passes</title></head><body><article>${paragraphs}
      <table><tr><th>Party</th><th>Seats</th></tr><tr><td>Greens</td><td>12</td></tr></table></article></body></html>`;
    const article = parseOne(page);
    expect(article.body).toMatch(/Party +Seats\nGreens +12$/);
  });
});

describe('HTML through the boilerplate stage', () => {
  it('keeps the article’s list items and table rows, and serves the body without the headline', () => {
    const page = `<html><head><title>Budget passes after a long night | City Post</title></head><body><article>
      <h1>Budget passes after a long night</h1><p>${STORY[0]}</p><p>The measures in the budget:</p>
      <ul><li>New cycle lanes on the ring road</li><li>Free school meals for every pupil</li></ul>
      <table><tr><th>Party</th><th>Seats</th></tr><tr><td>Greens</td><td>12</td></tr><tr><td>Liberals</td><td>9</td></tr></table>
      <p>${STORY[2]}</p></article></body></html>`;
    const article = parseOne(page);
    const split = splitBoilerplate(article.text, { title: article.title, extractedFromHtml: true });
    expect(split.boilerplateLines.map((l) => l.text)).toEqual([]);
    for (const line of ['New cycle lanes on the ring road', 'Free school meals for every pupil', 'Greens  12', 'Liberals  9']) {
      expect(split.body.split('\n')).toContain(line);
    }
    expect(split.body.startsWith(STORY[0])).toBe(true);
  });
});
