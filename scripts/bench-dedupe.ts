/**
 * Dedupe speed figures for `npm run bench`: boilerplate split, signature cost per article (words,
 * shingles, xxhash64, MinHash, band keys) and in-memory LSH lookup+insert, on the PolNeAR dev texts
 * and the seeds read at run time.   npx tsx scripts/bench-dedupe.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DedupeConfig, DedupeEngine, InMemoryLshIndex } from '@newsflow/dedupe';
import { splitBoilerplate } from '@newsflow/text';

export interface DedupeSignatureBench {
  articles: number;
  meanWords: number;
  boilerplateSplitUsPerArticle: number;
  signatureUsPerArticle: number;
  inMemoryLookupInsertUsPerArticle: number;
  numHashes: number;
}

function readTexts(root: string): string[] {
  const dirs = [join(root, 'seeds'), join(root, 'data/polnear/dev/text')];
  return dirs.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, f), 'utf8')));
}

/** Median over rounds: the box is shared, so single rounds are noisy. */
function microsPerItem(rounds: number, items: number, run: () => void): number {
  const perRound: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    run();
    perRound.push(Number(process.hrtime.bigint() - start) / 1000 / items);
  }
  return perRound.sort((a, b) => a - b)[Math.floor(rounds / 2)];
}

export async function benchDedupeSignatures(
  options: { sharedRoot?: string; rounds?: number; config?: Partial<DedupeConfig> } = {},
): Promise<DedupeSignatureBench> {
  const texts = readTexts(resolve(options.sharedRoot ?? '../shared'));
  const rounds = options.rounds ?? 20;
  const engine = await DedupeEngine.create(options.config);
  const bodies = texts.map((t) => splitBoilerplate(t).body);
  engine.fingerprint(bodies[0]); // warm the JIT before timing

  const boilerplateSplitUsPerArticle = microsPerItem(rounds, texts.length, () => texts.forEach((t) => splitBoilerplate(t)));
  const signatureUsPerArticle = microsPerItem(rounds, bodies.length, () => bodies.forEach((b) => engine.fingerprint(b)));

  // Each round prefixes a word so later rounds are near (not exact) duplicates and take the LSH path.
  const editions = Array.from({ length: rounds }, (_, r) => bodies.map((b) => engine.fingerprint(`edition${r} ${b}`)));
  const index = new InMemoryLshIndex();
  const start = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < bodies.length; i++) {
      const decision = await engine.findDuplicate(editions[r][i], index);
      await engine.remember(`${r}:${i}`, editions[r][i], decision, index);
    }
  }
  const inMemoryLookupInsertUsPerArticle = Number(process.hrtime.bigint() - start) / 1000 / (rounds * bodies.length);

  return {
    articles: texts.length,
    meanWords: Math.round(bodies.reduce((n, b) => n + b.split(/\s+/).length, 0) / bodies.length),
    boilerplateSplitUsPerArticle,
    signatureUsPerArticle,
    inMemoryLookupInsertUsPerArticle,
    numHashes: engine.config.bands * engine.config.rows,
  };
}

if (require.main === module) {
  benchDedupeSignatures().then((r) => {
    console.log(
      `dedupe: articles=${r.articles} mean_words=${r.meanWords} hashes=${r.numHashes} boilerplate_us=${r.boilerplateSplitUsPerArticle.toFixed(1)} signature_us=${r.signatureUsPerArticle.toFixed(1)} inmemory_lookup_insert_us=${r.inMemoryLookupInsertUsPerArticle.toFixed(1)}`,
    );
  });
}
