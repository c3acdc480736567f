import { Injectable } from '@nestjs/common';
import { ArticleMetadata } from '@newsflow/contracts';
import { OutletBoilerplateRepository } from '@newsflow/persistence';
import { learnRepeatedLines } from '@newsflow/text';

const REFRESH_MS = 30_000;
/** Below this many articles an outlet's counts change quickly and are cheap to read: no caching. */
const CACHE_FROM_ARTICLES = 50;

/** The outlet an article belongs to: its source, else its URL's host. */
export function outletOf(meta: ArticleMetadata): string | null {
  const source = meta.source?.trim().toLowerCase();
  if (source) return source;
  try {
    return meta.url ? new URL(meta.url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/** Each outlet's learned furniture lines; for established outlets refreshed every half minute. */
@Injectable()
export class LearnedBoilerplateCache {
  private readonly cache = new Map<string, { lines: Set<string>; at: number }>();

  constructor(private readonly outlets: OutletBoilerplateRepository) {}

  /** The learned lines of each distinct outlet among a batch's (null: no outlet); the uncached ones are read in one go. */
  async linesOfAll(outlets: ReadonlyArray<string | null>): Promise<Map<string, Set<string>>> {
    const now = Date.now();
    const lines = new Map<string, Set<string>>();
    const stale: string[] = [];
    for (const outlet of new Set(outlets)) {
      if (outlet === null) continue;
      const hit = this.cache.get(outlet);
      if (hit && now - hit.at < REFRESH_MS) lines.set(outlet, hit.lines);
      else stale.push(outlet);
    }
    for (const [outlet, counts] of await this.outlets.counts(stale)) {
      const learned = learnRepeatedLines(counts.lineArticleCounts, counts.articleCount);
      if (counts.articleCount >= CACHE_FROM_ARTICLES) this.cache.set(outlet, { lines: learned, at: now });
      lines.set(outlet, learned);
    }
    return lines;
  }
}
