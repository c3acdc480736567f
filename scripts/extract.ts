/**
 * The extraction CLI (DESIGN §11): `npm run --silent extract -- FILE...` prints one JSON line per file,
 * in order, with entities and quotes and their offsets into the file's text decoded from UTF-8. It runs
 * the pipeline's own analysis (boilerplate split, entities, quotes), so it prints what the pipeline stores.
 * It needs neither NATS nor PostgreSQL. QUOTE_MODELS=rules+recall runs the learned recall pass, as the
 * quotes app does under the same setting.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { quoteModelsOf } from '@newsflow/config';
import { analyseArticle, quoteModelsNamed } from '@newsflow/nlp';
import { formatOfFileName, parseInboxFile } from '@newsflow/text';

/**
 * The title the watcher would give the file, when its article's text is the file's text (.txt, .md):
 * the boilerplate split keeps the headline line apart by it, in the pipeline and so here.
 */
function titleOf(file: string, bytes: Buffer, text: string): string | null {
  const format = formatOfFileName(basename(file));
  if (format !== 'txt' && format !== 'md') return null;
  const [article] = parseInboxFile(basename(file), bytes, { maxBytes: Number.MAX_SAFE_INTEGER }).articles;
  return article?.text === text ? article.title : null;
}

function main(files: string[]): number {
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent extract -- FILE...\n');
    return 2;
  }
  // The quotes app's setting, read alone: this CLI needs neither NATS nor PostgreSQL.
  const quoteModels = quoteModelsNamed(quoteModelsOf(process.env));
  let failed = 0;
  for (const file of files) {
    try {
      const bytes = readFileSync(file);
      const text = bytes.toString('utf8');
      const { entities, quotes } = analyseArticle(text, { title: titleOf(file, bytes, text) }, quoteModels);
      const payload = {
        file,
        entities: entities.map(({ text: t, type, start, end, canonical }) => ({ text: t, type, start, end, canonical })),
        quotes,
      };
      process.stdout.write(JSON.stringify(payload) + '\n');
    } catch (error) {
      failed++;
      process.stderr.write(`extract: ${file}: ${(error as Error).message}\n`);
      process.stdout.write(JSON.stringify({ file, error: (error as Error).message, entities: [], quotes: [] }) + '\n');
    }
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
