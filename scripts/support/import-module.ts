import { pathToFileURL } from 'node:url';

/** tsc turns import() into require() for CommonJS output, which cannot load the scorers' .mjs files. */
const importUrl = new Function('url', 'return import(url)') as (url: string) => Promise<any>;

/** An ES module (one of the team's scorers in ../shared/eval) by its path. */
export function importModule(path: string): Promise<any> {
  return importUrl(pathToFileURL(path).href);
}
