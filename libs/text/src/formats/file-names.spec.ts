import { extensionOf, formatOfFileName, isTemporaryOrHiddenName } from './file-names';

describe('isTemporaryOrHiddenName', () => {
  it.each([
    '.hidden.txt',
    'sub/.DS_Store',
    '.git/objects/ab',
    'a/.cache/b.json',
    'report.txt.tmp',
    'report.TMP',
    'movie.part',
    'page.html.crdownload',
    'story.txt~',
    '.story.txt.swp',
    'story.swp',
    '~$report.docx',
    '#draft.md#',
    'upload.json.filepart',
    'dir\\.hidden\\file.txt',
  ])('%s is temporary or hidden', (path) => {
    expect(isTemporaryOrHiddenName(path)).toBe(true);
  });

  it.each(['story.txt', 'sub dir/файл.json', 'a.b.c.html', 'tmp/story.txt', 'part.txt', './story.txt', '../inbox/story.md'])(
    '%s is an ordinary name',
    (path) => {
      expect(isTemporaryOrHiddenName(path)).toBe(false);
    },
  );
});

describe('formatOfFileName', () => {
  it('maps extensions case-insensitively, aliases included', () => {
    expect(['a.txt', 'a.MD', 'a.markdown', 'a.HTM', 'a.xhtml', 'a.json', 'a.JSONL', 'a.ndjson'].map(formatOfFileName)).toEqual([
      'txt', 'md', 'md', 'html', 'html', 'json', 'jsonl', 'jsonl',
    ]);
  });

  it('returns null for unknown, missing and inherited-property extensions', () => {
    expect(['a.pdf', 'README', 'a.constructor', 'a.toString', '.txt'].map(formatOfFileName)).toEqual([null, null, null, null, null]);
  });

  it('reads the extension of the last path segment only', () => {
    expect(extensionOf('dir.json/story')).toBe('');
    expect(extensionOf('dir/story.final.HTML')).toBe('html');
  });
});
