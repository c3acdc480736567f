/**
 * The dedupe CLI (issue 6): `npm run --silent dedupe -- FILE...` or `-- --list F` (one path per line)
 * reads the files in order and prints one JSON line per file:
 *   {"file": "<path as given>", "duplicateOf": "<earlier path>" | null, "similarity": number | null}
 * Same library code as the dedupe app, with an in-memory index: no NATS or PostgreSQL. Each file is read as
 * the watcher reads it (its format's parser: title, main text of HTML, first record of JSON) and split
 * from its boilerplate as the dedupe stage splits it (by that title), so the verdicts are the pipeline's.
 * `--config '{"jaccardThreshold":0.5}'` overrides DedupeConfig fields for tuning.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DedupeConfig, DedupeEngine, InMemoryLshIndex } from '@newsflow/dedupe';
import { articleBoilerplate } from '@newsflow/nlp';
import { parseInboxFile } from '@newsflow/text';

interface CliArgs {
  files: string[];
  config: Partial<DedupeConfig>;
}

/** The body the dedupe stage would fingerprint for the file's first article; a file the watcher rejects throws. */
function bodyOf(file: string): string {
  const parsed = parseInboxFile(basename(file), readFileSync(file), { maxBytes: Number.MAX_SAFE_INTEGER });
  const article = parsed.articles[0];
  if (!article) throw new Error(parsed.ignored?.reason ?? parsed.rejections.map((r) => r.reason).join('; '));
  return articleBoilerplate(article.text, { title: article.title, extractedFromHtml: article.format === 'html' }).body;
}

function parseArgs(argv: string[]): CliArgs {
  const files: string[] = [];
  let config: Partial<DedupeConfig> = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--list') {
      const listed = readFileSync(argv[++i], 'utf8').split('\n').map((l) => l.trim());
      files.push(...listed.filter(Boolean));
    } else if (argv[i] === '--config') {
      config = JSON.parse(argv[++i]) as Partial<DedupeConfig>;
    } else {
      files.push(argv[i]);
    }
  }
  return { files, config };
}

async function main(argv: string[]): Promise<number> {
  const { files, config } = parseArgs(argv);
  if (files.length === 0) {
    process.stderr.write('usage: npm run --silent dedupe -- [--config JSON] (FILE... | --list F)\n');
    return 2;
  }
  const engine = await DedupeEngine.create(config);
  const index = new InMemoryLshIndex();
  let failed = 0;
  const out: string[] = [];
  for (const file of files) {
    try {
      const decision = await engine.process(file, bodyOf(file), index);
      const similarity = decision.similarity === null ? null : Math.round(decision.similarity * 10_000) / 10_000;
      out.push(JSON.stringify({ file, duplicateOf: decision.duplicateOf, similarity }));
    } catch (error) {
      failed++;
      process.stderr.write(`dedupe: ${file}: ${(error as Error).message}\n`);
      out.push(JSON.stringify({ file, duplicateOf: null, similarity: null, error: (error as Error).message }));
    }
  }
  process.stdout.write(out.join('\n') + '\n');
  return failed > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`dedupe: ${error.message}\n`);
    process.exitCode = 1;
  },
);
