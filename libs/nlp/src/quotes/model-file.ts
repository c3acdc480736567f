import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ContentTagger, ContentTaggerFile } from './content-tagger';
import { LearnedCue, LearnedCueFile } from './learned-cue';
import { RecallFile, RecallModel } from './recall';


export const QUOTES_MODEL_RELATIVE_PATH = join('libs', 'nlp', 'model', 'quotes.json');
export const QUOTE_TAGGER_RELATIVE_PATH = join('libs', 'nlp', 'model', 'quote-tagger.json');

/** The learned parts of quote attribution; null means the rules alone. */
export interface QuoteModels {
  cue: LearnedCue | null;
  /** The recall pass over what the rules left: cues and spans they miss. */
  recall: RecallModel | null;
  /** The content tagger, which relabels the rules' contents sentence by sentence. */
  tagger: ContentTagger | null;
}

export interface QuoteModelFile {
  cue?: LearnedCueFile;
  recall?: RecallFile;
}

export const RULES_ONLY: QuoteModels = { cue: null, recall: null, tagger: null };

export function quoteModels(file: QuoteModelFile): QuoteModels {
  return { cue: file.cue ? new LearnedCue(file.cue) : null, recall: file.recall ? new RecallModel(file.recall) : null, tagger: null };
}

/**
 * The weights live in libs/nlp/model; this file runs from libs/nlp/src/quotes (tsx, jest) or from
 * dist/libs/nlp/src/quotes (compiled), so look in each directory above it, nearest first.
 */
export function findQuotesModelPath(from: string = __dirname, relative = QUOTES_MODEL_RELATIVE_PATH): string {
  const above = [from];
  while (dirname(above[above.length - 1]) !== above[above.length - 1]) above.push(dirname(above[above.length - 1]));
  const found = above.map((dir) => join(dir, relative)).find(existsSync);
  if (!found) throw new Error(`quote model ${relative} not found above ${from}; run npm run train:quotes`);
  return found;
}

let loaded: QuoteModels | null = null;

/**
 * The committed learned parts, read once (synchronously) on first use: the rules, then the recall pass.
 * The committed learned cue is left out (quoteModels(file) has it): it adds 0.001 on dev.
 */
export function defaultQuoteModels(): QuoteModels {
  loaded ??= deployedModels(JSON.parse(readFileSync(findQuotesModelPath(), 'utf8')) as QuoteModelFile);
  return loaded;
}

export const deployedModels = (file: QuoteModelFile): QuoteModels => ({ cue: null, recall: file.recall ? new RecallModel(file.recall) : null, tagger: null });

/** The rules with the content tagger relabelling their contents. */
export const taggerModels = (file: ContentTaggerFile): QuoteModels => ({ cue: null, recall: null, tagger: new ContentTagger(file) });

let tagger: QuoteModels | null = null;

/** The committed content tagger (libs/nlp/model/quote-tagger.json), read once on first use. */
export function defaultTaggerModels(): QuoteModels {
  tagger ??= taggerModels(JSON.parse(readFileSync(findQuotesModelPath(__dirname, QUOTE_TAGGER_RELATIVE_PATH), 'utf8')) as ContentTaggerFile);
  return tagger;
}

/** The quote extractions an installation can run (QUOTE_MODELS). */
export type QuoteModelsName = 'rules' | 'rules+recall' | 'rules+tagger';

export function quoteModelsNamed(name: QuoteModelsName): QuoteModels {
  if (name === 'rules+recall') return defaultQuoteModels();
  return name === 'rules+tagger' ? defaultTaggerModels() : RULES_ONLY;
}
