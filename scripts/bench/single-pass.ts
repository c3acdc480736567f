/**
 * Child process of the bench's `models` section: one QUOTE_MODELS extraction in a fresh process, warmed
 * up on the PolNeAR dev texts, then one timed pass of entities+quotes over train texts it has not seen.
 *   node dist/scripts/bench/single-pass.js <rules|rules+recall|rules+tagger> <shared root> <count>
 * Prints {"articlesPerSecond": …, "texts": …, "source": …}.
 */
import { analyseArticle, quoteModelsNamed, QuoteModelsName } from '@newsflow/nlp';
import { singlePassRate, warmUp } from './extraction';
import { pipelineTexts } from './texts';

const [name, shared, count] = process.argv.slice(2);
const models = quoteModelsNamed(name as QuoteModelsName);
const texts = pipelineTexts(shared, Number(count));
const run = (text: string) => analyseArticle(text, {}, models);
warmUp(texts.warmUp, run);
process.stdout.write(JSON.stringify({ articlesPerSecond: singlePassRate(texts.measured, run), texts: texts.measured.length, source: texts.source }) + '\n');
