import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateArticle } from '../../support/article-generator';

/** What the test expects each file of the corpus to end as. */
export type FileRole =
  | { kind: 'unique' }
  | { kind: 'exact-copy'; twin: string } // same bytes as `twin`: one of the two is published, the other a duplicate file
  | { kind: 'near-duplicate'; twin: string } // edited copy of `twin`: one article completes, the other is its duplicate
  | { kind: 'binary' } // NUL bytes in a .txt: rejected
  | { kind: 'unsupported' }; // unknown extension: ignored

export interface CorpusFile {
  name: string;
  content: string | Buffer;
  role: FileRole;
}

export interface FaultCorpus {
  files: CorpusFile[];
  /** Payloads published straight to the first stage: each must end in the dead-letter stream, nothing else. */
  poison: string[];
  counts: { files: number; unique: number; exactCopies: number; nearDuplicates: number; binary: number; unsupported: number; poison: number };
}

/** A typographic and editorial variant, as another outlet would run it: quote marks changed, a line added. */
function variantOf(text: string, i: number): string {
  return `${text.replace(/[“”]/g, '"')}\nUpdated on ${1 + (i % 28)} March at 10:${String(i % 60).padStart(2, '0')}.\n`;
}

/**
 * Deterministic corpus of `articles` distinct generated articles plus a known mix: an exact copy of
 * every 25th, an edited near-duplicate of every 20th, binary files, files of an unknown type, and
 * poison messages.
 */
export function buildFaultCorpus(articles: number, seed: number): FaultCorpus {
  const files: CorpusFile[] = [];
  for (let i = 0; i < articles; i++) {
    const g = generateArticle(i, seed);
    files.push({ name: g.fileName, content: g.text, role: { kind: 'unique' } });
    if (i % 25 === 3) files.push({ name: `copy of ${g.fileName}`, content: g.text, role: { kind: 'exact-copy', twin: g.fileName } });
    if (i % 20 === 7) files.push({ name: `near-${g.fileName}`, content: variantOf(g.text, i), role: { kind: 'near-duplicate', twin: g.fileName } });
  }
  const extra = Math.max(2, Math.floor(articles / 200));
  for (let k = 0; k < extra; k++) {
    const bytes = Buffer.alloc(512 + k);
    for (let b = 0; b < bytes.length; b++) bytes[b] = (b * 31 + k) % 7 === 0 ? 0 : (b * 17 + k) % 256;
    files.push({ name: `binary-${k}.txt`, content: bytes, role: { kind: 'binary' } });
    files.push({ name: `notes-${k}.xyz`, content: `not an article ${k}\n`, role: { kind: 'unsupported' } });
  }
  const poison = Array.from({ length: 3 }, (_, k) => (k === 0 ? 'not json at all' : JSON.stringify({ v: 1, articleId: `poison-${k}` })));
  const count = (kind: FileRole['kind']) => files.filter((f) => f.role.kind === kind).length;
  return {
    files,
    poison,
    counts: {
      files: files.length,
      unique: count('unique'),
      exactCopies: count('exact-copy'),
      nearDuplicates: count('near-duplicate'),
      binary: count('binary'),
      unsupported: count('unsupported'),
      poison: poison.length,
    },
  };
}

/** Writes files with write-then-rename, as a well-behaved producer does, in a shuffled order. */
export function dropFiles(inbox: string, files: CorpusFile[], seed: number): void {
  mkdirSync(inbox, { recursive: true });
  const order = files.map((f, i) => ({ f, k: ((i + 1) * 2654435761 + seed) % 4294967296 })).sort((a, b) => a.k - b.k);
  for (const { f } of order) {
    const tmp = join(inbox, `.${f.name}.tmp`);
    writeFileSync(tmp, f.content);
    renameSync(tmp, join(inbox, f.name));
  }
}
