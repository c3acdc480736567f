import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `npm run dedupe` reads each file as the watcher does (the format's parser, the title) before the
 * dedupe decision, so one story saved as text, as a JSON record with escaped typography and as an HTML
 * page with entities is one cluster, as it is in the pipeline. Needs the build (`npm test` builds first).
 */
const CLI = resolve(__dirname, '..', '..', 'dist', 'scripts', 'dedupe.js');

const TITLE = 'Library board delays vote on closing two branch libraries';
const BODY = [
  'The county library board on Wednesday postponed a vote on closing the Elm Park and Riverside branches, saying it needed more time to study a petition signed by 4,200 residents.',
  '“We heard the community loud and clear,” said board chair Dolores Fenwick. “Nobody on this board wants to close a library, but the budget we were given does not stretch to eleven buildings.”',
  'The two branches lend about 9 percent of the county’s books but cost nearly a fifth of its maintenance budget, according to a report by the finance office released last month.',
  'Parents at the meeting said the Riverside branch is the only place within walking distance where children can do homework after school. Several asked the board to cut opening hours instead.',
  'The board will meet again on April 3. Its members said they would also ask the county council whether a library levy could be put to voters in the autumn.',
];
const OTHER = [
  'Road crews began resurfacing the northern half of Canal Street on Monday, and the work is expected to close one lane in each direction until the end of the month.',
  'The city’s transport office said buses on routes 12 and 14 would stop at temporary shelters on Mill Lane while the work lasts, and that cyclists should use the towpath instead.',
  'Shop owners on the street said they had not been told about the timetable until Friday. A spokesman for the office apologised and said letters had been sent late because of a printing error.',
];

const ascii = (s: string) => s.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const entities = (s: string) => s.replace(/“/g, '&ldquo;').replace(/”/g, '&rdquo;').replace(/’/g, '&rsquo;');

describe('dedupe CLI', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dedupe-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds one story across .txt, .json and .html files, and keeps another story apart', () => {
    const files = {
      'a.txt': `${TITLE}\n\n${BODY.join('\n\n')}\n`,
      // another outlet's record: its own headline, the last paragraph cut, typography as \u escapes
      'b.json': `${ascii(JSON.stringify({ title: 'Board puts off branch closures after petition', body: BODY.slice(0, 4).join('\n\n'), source: 'Metro Wire' }))}\n`,
      'c.html': `<!doctype html><html><head><title>${TITLE} | Daily Courier</title></head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><article><h1>${TITLE}</h1>${BODY.map((p) => `<p>${entities(p)}</p>`).join('\n')}</article><footer><p>Contact us</p></footer></body></html>\n`,
      'd.txt': `Canal Street lanes close for resurfacing\n\n${OTHER.join('\n\n')}\n`,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const paths = Object.keys(files).map((n) => join(dir, n));
    const lines = execFileSync(process.execPath, [CLI, ...paths], { encoding: 'utf8' }).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.duplicateOf)).toEqual([null, paths[0], paths[0], null]);
    expect(lines[2].similarity).toBe(1); // the HTML page's main text is the text file's body exactly
  });
});
