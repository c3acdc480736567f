/**
 * Child process of the bench's `models` and `pipeline` sections: one extraction in a fresh process, run
 * with the stages' Node flags (nodeArgsFor), warmed up on the PolNeAR dev texts, then one timed pass over
 * train texts it has not seen.
 *   node dist/scripts/bench/single-pass.js <rules|rules+recall|rules+tagger|raw> <shared root> <count>
 * `raw` is entities+quotes on the raw text (no boilerplate split), the pipeline section's reference.
 * Prints {"articlesPerSecond": …, "texts": …, "source": …}.
 */
import { analyseArticle, extract, quoteModelsNamed, QuoteModelsName } from '@newsflow/nlp';
import { singlePassRate, warmUp } from './extraction';
import { pipelineTexts } from './texts';

const [name, shared, count] = process.argv.slice(2);
const texts = pipelineTexts(shared, Number(count));
const models = name === 'raw' ? null : quoteModelsNamed(name as QuoteModelsName);
const run = models ? (text: string) => analyseArticle(text, {}, models) : extract;
warmUp(texts.warmUp, run);
process.stdout.write(JSON.stringify({ articlesPerSecond: singlePassRate(texts.measured, run), texts: texts.measured.length, source: texts.source }) + '\n');
