import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { NerModel, NerModelFile } from './model';

export const MODEL_RELATIVE_PATH = join('libs', 'nlp', 'model', 'ner.json');

/**
 * The weights live in libs/nlp/model; this file runs from libs/nlp/src/entities (tsx, jest) or from
 * dist/libs/nlp/src/entities (compiled), so walk up until the repository root that holds them.
 */
export function findModelPath(from: string = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, MODEL_RELATIVE_PATH);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`NER model ${MODEL_RELATIVE_PATH} not found above ${from}; run npm run train:ner`);
  }
}

let loaded: NerModel | null = null;

/** The committed model, read once (synchronously) on first use. */
export function defaultModel(): NerModel {
  loaded ??= new NerModel(JSON.parse(readFileSync(findModelPath(), 'utf8')) as NerModelFile);
  return loaded;
}
