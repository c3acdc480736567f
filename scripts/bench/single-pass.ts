/**
 * Child process of the bench's `extraction`, `models` and `pipeline` sections: one extractor in a fresh
 * process, run with the stages' Node flags (nodeArgsFor), warmed up on other texts of the set, then timed
 * over one pass of texts it has not read.
 *   node dist/scripts/bench/single-pass.js <what> <polnear|conll|generated> <shared root> <count>
 * <what> is a QUOTE_MODELS name (the stages' analyseArticle), `raw` (entities+quotes on the raw text, no
 * boilerplate split), `entities` (entities only, raw text) or `compromise` (the reference library).
 * Prints {"articlesPerSecond": …, "texts": …, "source": …}.
 */
import { analyseArticle, extract, extractEntities, quoteModelsNamed, QuoteModelsName } from '@newsflow/nlp';
import { SinglePassSet, singlePassTexts } from './texts';

/**
 * Articles per second of one pass over texts the process has not read before, stopping after `budgetMs`
 * (20 texts at least). The extractors cache what they learn about each word, so a second pass over the
 * same texts would look about 1.5 times as fast as a live stream.
 */
function singlePassRate(texts: string[], run: (text: string) => unknown, budgetMs: number): { articlesPerSecond: number; read: number } {
  const start = process.hrtime.bigint();
  const elapsedMs = () => Number(process.hrtime.bigint() - start) / 1e6;
  let read = 0;
  while (read < texts.length && (read < 20 || elapsedMs() < budgetMs)) run(texts[read++]);
  return { articlesPerSecond: read / (elapsedMs() / 1000), read };
}

/** Runs an extractor on the texts for a while first, so the pass times JIT-compiled code, as in a running stage. */
function warmUp(texts: string[], run: (text: string) => unknown): void {
  const until = Date.now() + 1000;
  for (let i = 0; Date.now() < until || i < Math.min(texts.length, 20); i++) run(texts[i % texts.length]);
}

/** compromise reads about 30 articles a second: its pass stops after this long, as the reference of the same run. */
const COMPROMISE_BUDGET_MS = 15_000;

interface Compromise {
  (text: string): { people(): { out(f: string): string[] }; places(): { out(f: string): string[] }; organizations(): { out(f: string): string[] } };
}

function compromisePeoplePlacesOrgs(): (text: string) => unknown {
  // A devDependency, measured as the reference.
  const mod = require('compromise');
  const nlp = (mod.default ?? mod) as Compromise;
  return (text) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };
}

function extractor(what: string): (text: string) => unknown {
  if (what === 'raw') return extract;
  if (what === 'entities') return extractEntities;
  if (what === 'compromise') return compromisePeoplePlacesOrgs();
  const models = quoteModelsNamed(what as QuoteModelsName);
  return (text) => analyseArticle(text, {}, models);
}

const [what, set, shared, count] = process.argv.slice(2);
const texts = singlePassTexts(set as SinglePassSet, shared, Number(count));
const run = extractor(what);
warmUp(texts.warmUp, run);
const budgetMs = what === 'compromise' ? COMPROMISE_BUDGET_MS : Infinity;
const { articlesPerSecond, read } = singlePassRate(texts.measured, run, budgetMs);
process.stdout.write(JSON.stringify({ articlesPerSecond, texts: read, source: texts.source }) + '\n');
