import { articleLineKeys, boilerplateLineKey, learnRepeatedLines, splitBoilerplate, splitLines } from './boilerplate';

const ARTICLE = [
  'Daily Planet',
  'World • Politics • Economy',
  '',
  'Ministers agree new border deal after long talks',
  '',
  'Ministers from both countries signed a border agreement on Monday, ending months of talks.',
  'The talks in Geneva. Photo: Jane Doe',
  '“This is a good day for both our peoples,” the foreign minister said.',
  'Trade union calls strike over pay cuts',
  'The deal still needs approval by both parliaments.',
  'Follow the Daily Planet on Google News',
  'Share this article',
  'Related posts',
  'Storm floods coastal towns',
  'Why did the central bank raise rates again?',
  'Daily Planet Staff',
  'Back to top button',
].join('\n');

describe('splitBoilerplate', () => {
  const split = splitBoilerplate(ARTICLE);
  const furniture = split.boilerplateLines.map((l) => l.text);

  it('keeps the prose paragraphs as body and the headline apart from it', () => {
    expect(split.headline?.text).toBe('Ministers agree new border deal after long talks');
    expect(split.bodyLines.map((l) => l.text)).toEqual([
      'Ministers from both countries signed a border agreement on Monday, ending months of talks.',
      '“This is a good day for both our peoples,” the foreign minister said.',
      'The deal still needs approval by both parliaments.',
    ]);
    expect(split.body.split('\n')).toHaveLength(3);
    expect(split.body.startsWith('Ministers from both countries')).toBe(true);
  });

  it('labels site names, menus, captions, inline related headlines, prompts and related lists', () => {
    const reasonOf = (text: string) => split.boilerplateLines.find((l) => l.text === text)?.reason;
    expect(reasonOf('Daily Planet')).toBe('site-label');
    expect(reasonOf('World • Politics • Economy')).toBe('navigation');
    expect(reasonOf('The talks in Geneva. Photo: Jane Doe')).toBe('caption');
    expect(reasonOf('Trade union calls strike over pay cuts')).toBe('headline-like');
    expect(reasonOf('Follow the Daily Planet on Google News')).toBe('share');
    expect(reasonOf('Share this article')).toBe('share');
    expect(reasonOf('Related posts')).toBe('related');
    expect(reasonOf('Why did the central bank raise rates again?')).toBe('related');
    expect(reasonOf('Back to top button')).toBe('share');
    expect(furniture).toHaveLength(11);
  });

  it('returns offsets that slice the original text', () => {
    for (const line of [...split.bodyLines, ...split.boilerplateLines, split.headline!]) {
      expect(ARTICLE.slice(line.start, line.end)).toBe(line.text);
    }
  });

  it('treats a repeated line as furniture but keeps its first occurrence', () => {
    const text = 'Big news arrives in the capital today\n\nIt happened. Officials confirmed it.\n Big news arrives in the capital today';
    const result = splitBoilerplate(text);
    expect(result.headline?.text).toBe('Big news arrives in the capital today');
    expect(result.bodyLines.map((l) => l.text)).toEqual(['It happened. Officials confirmed it.']);
    expect(result.boilerplateLines).toEqual([expect.objectContaining({ text: ' Big news arrives in the capital today', reason: 'repeat' })]);
  });

  it('keeps an article whose first line is already prose, and a long paragraph without a full stop', () => {
    const longParagraph = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');
    const text = `The minister resigned on Friday.\n${longParagraph}\nShort label`;
    const result = splitBoilerplate(text);
    expect(result.bodyLines.map((l) => l.text)).toEqual(['The minister resigned on Friday.', longParagraph]);
    expect(result.boilerplateLines.map((l) => l.reason)).toEqual(['headline-like']);
  });

  it('keeps prose that ends in a misturned closing mark, its author’s signature or a source link', () => {
    const text = [
      'Council approves the new budget',
      'The council met on Tuesday and approved the budget for next year after a long debate.',
      'The treasurer called the plan “balanced and fair.“',
      '“We owe the town a budget it can trust.” ― Maria Keller',
      '-A poll shows most residents back the plan. [Town Gazette]',
    ].join('\n');
    expect(splitBoilerplate(text).boilerplateLines).toEqual([]);
  });

  it('tells agency photo credits from prose that names an agency poll', () => {
    const text = 'Crowds fill the square as results come in\nProtesters in Minsk. REUTERS/Vasily Fedosenko\nThe Reuters/Ipsos poll showed Clinton ahead by four points.';
    const result = splitBoilerplate(text);
    expect(result.boilerplateLines.map((l) => [l.text, l.reason])).toEqual([['Protesters in Minsk. REUTERS/Vasily Fedosenko', 'caption']]);
    expect(result.bodyLines).toHaveLength(1);
    expect(result.headline?.text).toBe('Crowds fill the square as results come in');
  });

  it('uses lines learned for the outlet', () => {
    const text = 'The council met on Tuesday.\nOur journalism is funded by readers like you.';
    const known = new Set([boilerplateLineKey('Our journalism is funded by readers like you.')]);
    expect(splitBoilerplate(text).boilerplateLines).toHaveLength(0);
    expect(splitBoilerplate(text, { knownBoilerplate: known }).boilerplateLines.map((l) => l.reason)).toEqual(['learned']);
  });

  it('handles CRLF line ends without keeping the carriage return', () => {
    const lines = splitLines('a\r\nb');
    expect(lines).toEqual([
      { text: 'a', start: 0, end: 1 },
      { text: 'b', start: 3, end: 4 },
    ]);
  });
});

describe('splitBoilerplate on text extracted from HTML', () => {
  const options = { extractedFromHtml: true, title: 'Council passes the budget' };

  it('keeps the article’s own list items and table rows', () => {
    const text = [
      'Council passes the budget',
      '',
      'The council approved these measures on Monday:',
      '',
      'New cycle lanes on the ring road',
      'Free school meals for every pupil',
      'A second bridge over the river',
      '',
      'The vote was close.',
      '',
      'Party Seats Votes for',
      'Greens 12 12',
      'Liberals 9 3',
    ].join('\n');
    const result = splitBoilerplate(text, options);
    expect(result.boilerplateLines).toEqual([]);
    expect(result.body).toBe(text.split('\n').slice(2).filter(Boolean).join('\n'));
  });

  it('keeps the article’s subheadings, which in plain text would look like an inline related headline', () => {
    const text = 'Council passes the budget\n\nThe vote was close.\n\nWhat changes for schools\n\nThe budget takes effect in May.';
    expect(splitBoilerplate(text, options).body).toBe('The vote was close.\nWhat changes for schools\nThe budget takes effect in May.');
    expect(splitBoilerplate(text, { title: options.title }).boilerplateLines.map((l) => [l.text, l.reason])).toEqual([['What changes for schools', 'headline-like']]);
  });

  it('still drops share prompts and related-post lists', () => {
    const text = 'Council passes the budget\n\nThe vote was close.\n\nShare this article\n\nRelated posts\n\nMayor opens new library';
    expect(splitBoilerplate(text, options).boilerplateLines.map((l) => l.reason)).toEqual(['share', 'related', 'related']);
  });

  it('serves a body that does not start with the headline, even one ending in a question mark', () => {
    const text = 'Will the budget pass this time?\n\nThe council votes on Monday.';
    const result = splitBoilerplate(text, { ...options, title: 'Will the budget pass this time?' });
    expect(result.body).toBe('The council votes on Monday.');
    expect(result.headline?.text).toBe('Will the budget pass this time?');
  });

  it('never leaves an empty body: when every line looks like furniture it keeps them all and says why', () => {
    const text = 'Council Budget\nSchools Roads Bridges\nLibrary Hours Extended';
    const result = splitBoilerplate(text, { title: options.title });
    expect(result.body).toBe(text);
    expect(result.boilerplateLines).toEqual([]);
    expect(result.keptAllBecause).toMatch(/^every line looked like boilerplate \(\d+ site-label/);
  });
});

describe('learnRepeatedLines', () => {
  it('learns short lines recurring across enough of an outlet’s articles, not republished paragraphs', () => {
    const footer = 'Our journalism is funded by readers like you.';
    const longPara = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') + '.';
    const counts = new Map<string, number>();
    const articles = [
      `First story.\n${footer}\n${longPara}`,
      `Second story.\n${footer}\n${longPara}`,
      `Third story.\n${footer}\n${longPara}`,
      'Fourth story.',
    ];
    for (const text of articles) for (const key of articleLineKeys(text)) counts.set(key, (counts.get(key) ?? 0) + 1);
    const learned = learnRepeatedLines(counts, articles.length);
    expect([...learned]).toEqual([boilerplateLineKey(footer)]);
    expect(learnRepeatedLines(counts, 100).size).toBe(0);
  });
});

describe('furniture written in other languages', () => {
  it.each([
    ['Auch interessant', 'related'],
    ['Lesen Sie auch: Die Bahn streikt wieder', 'related'],
    ['À lire aussi', 'related'],
    ['VEA TAMBIÉN: Entre heces y guaricha', 'related'],
    ['Czytaj także', 'related'],
    ['- Anzeige -', 'share'],
    ['Publicidad', 'share'],
  ])('%s is %s', (line, reason) => {
    const text = `The council approved the budget on Monday.\n\nThe vote was close.\n\n${line}`;
    expect(splitBoilerplate(text, { extractedFromHtml: true }).boilerplateLines.map((l) => [l.text, l.reason])).toEqual([[line, reason]]);
  });
});
