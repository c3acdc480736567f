import { parseInboxFile } from './index';

const parse = (text: string) => parseInboxFile('page.html', Buffer.from(text), { maxBytes: 1 << 20 });

const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story carries enough words for Readability to score it as the main content of this page.</p>`;

const PAGE = `<!doctype html><html><head>
<title>Allies stay close | Daily Planet</title>
<meta property="og:site_name" content="Daily Planet">
<meta property="og:url" content="https://dp.example/news/allies?utm=x">
<link rel="canonical" href="/news/allies">
<meta property="article:published_time" content="2021-02-11T10:00:00+03:00">
<meta name="author" content="Lois Lane">
<style>p { color: red }</style><script>window.track = 1;</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World navigation link</a></nav>
<header>Daily Planet header banner</header>
<article><h1>Allies stay close</h1>
${paragraph(1)}
<p>A reader typed &lt;script&gt;alert(1)&lt;/script&gt; into the comment box, the editor said.</p>
${paragraph(2)}
<script>document.write("injected")</script>
</article>
<aside>Related: other stories</aside>
<footer>Copyright footer text</footer>
</body></html>`;

describe('HTML articles', () => {
  it('extracts title, canonical URL, date, outlet and byline from the head', () => {
    const [a] = parse(PAGE).articles;
    expect(a).toMatchObject({
      title: 'Allies stay close',
      url: 'https://dp.example/news/allies',
      publishedAt: '2021-02-11T10:00:00.000+03:00',
      source: 'Daily Planet',
      byline: 'Lois Lane',
      format: 'html',
      recordIndex: 0,
    });
    expect(a.text).toBe(`Allies stay close\n\n${a.body}`);
  });

  it('drops scripts, styles, navigation, header and footer but keeps "<script>" typed as text', () => {
    const [a] = parse(PAGE).articles;
    expect(a.body).toContain('A reader typed <script>alert(1)</script> into the comment box, the editor said.');
    for (const dropped of ['window.track', 'injected', 'color: red', 'World navigation link', 'header banner', 'Copyright footer']) {
      expect(a.body).not.toContain(dropped);
    }
  });

  it('separates paragraphs with a blank line', () => {
    const [a] = parse(PAGE).articles;
    expect(a.body).toMatch(/main content of this page\.\n\nA reader typed/);
  });

  it('reads metadata from JSON-LD when meta tags are missing', () => {
    const jsonLd = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'ignored' },
        {
          '@type': 'NewsArticle',
          headline: 'From JSON-LD',
          datePublished: '2022-06-17',
          author: [{ '@type': 'Person', name: 'A One' }, { name: 'B Two' }],
          publisher: { name: 'Kyiv Post' },
          url: 'https://kp.example/x',
        },
      ],
    };
    const page = `<html><head><script type="application/ld+json">${JSON.stringify(jsonLd)}</script>
      <script type="application/ld+json">{broken</script></head><body><article>${paragraph(1)}${paragraph(2)}</article></body></html>`;
    expect(parse(page).articles[0]).toMatchObject({
      publishedAt: '2022-06-17T00:00:00.000Z',
      byline: 'A One, B Two',
      source: 'Kyiv Post',
      url: 'https://kp.example/x',
    });
  });

  it('reads a fragment without <html> or <body>', () => {
    expect(parse('<p>Just one short paragraph.</p>').articles[0].body).toBe('Just one short paragraph.');
  });

  it('rejects a page that is only styles and navigation', () => {
    expect(parse('<html><head><style>body{}</style></head><body><nav>Home</nav><footer>(c)</footer></body></html>')).toEqual({
      articles: [],
      rejections: [
        { recordIndex: null, code: 'no-article-text', reason: 'HTML has no article text (only scripts, styles or page chrome)' },
      ],
    });
  });

  it('keeps <pre> line breaks and ignores a relative canonical link with no base', () => {
    const [a] = parse('<html><head><link rel="canonical" href="/only/relative"></head><body><pre>line 1\n  line 2</pre></body></html>').articles;
    expect(a.body).toBe('line 1\nline 2');
    expect(a.url).toBeNull();
  });
});
