import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ALL_ENTITIES } from './entities';
import { InitialSchema1763800000000 } from './migrations/1763800000000-InitialSchema';
import { QueryIndexes1763900000000 } from './migrations/1763900000000-QueryIndexes';
import { OutletBoilerplate1764000000000 } from './migrations/1764000000000-OutletBoilerplate';
import { QuoteAnchors1764100000000 } from './migrations/1764100000000-QuoteAnchors';
import { EntityCounters1764200000000 } from './migrations/1764200000000-EntityCounters';
import { LshBandArrays1764300000000 } from './migrations/1764300000000-LshBandArrays';
import { ArticleDatesById1764400000000 } from './migrations/1764400000000-ArticleDatesById';
import { QuoteArticleRefs1764500000000 } from './migrations/1764500000000-QuoteArticleRefs';
import { EntityArticles1764600000000 } from './migrations/1764600000000-EntityArticles';
import { QuoteSpeakerGroups1764700000000 } from './migrations/1764700000000-QuoteSpeakerGroups';
import { BatchDedupeLookup1764800000000 } from './migrations/1764800000000-BatchDedupeLookup';
import { QuoteAnchorsStatementCascade1764900000000 } from './migrations/1764900000000-QuoteAnchorsStatementCascade';
import { WritePathForeignKeys1765000000000 } from './migrations/1765000000000-WritePathForeignKeys';
import { PublishedOffsetAndUndated1765100000000 } from './migrations/1765100000000-PublishedOffsetAndUndated';
import { InstallationIdentity1765200000000 } from './migrations/1765200000000-InstallationIdentity';
import { PublishedMeansStored1765200000001 } from './migrations/1765200000001-PublishedMeansStored';
import { BoundedIndexKeys1765200000002 } from './migrations/1765200000002-BoundedIndexKeys';
import { SpeakerScopedQuoteAnchors1765300000000 } from './migrations/1765300000000-SpeakerScopedQuoteAnchors';
import { FuzzyNamesAndQuoteOrder1765400000000 } from './migrations/1765400000000-FuzzyNamesAndQuoteOrder';
import { QuoteArticleDated1765400000001 } from './migrations/1765400000001-QuoteArticleDated';
import { Watches1765500000000 } from './migrations/1765500000000-Watches';
import { ArticleVersions1765600000000 } from './migrations/1765600000000-ArticleVersions';
import { LeanerWritePath1765700000000 } from './migrations/1765700000000-LeanerWritePath';
import { StageWriteFunctions1765800000000 } from './migrations/1765800000000-StageWriteFunctions';

export const MIGRATIONS = [InitialSchema1763800000000, QueryIndexes1763900000000, OutletBoilerplate1764000000000, QuoteAnchors1764100000000, EntityCounters1764200000000, LshBandArrays1764300000000, ArticleDatesById1764400000000, QuoteArticleRefs1764500000000, EntityArticles1764600000000, QuoteSpeakerGroups1764700000000, BatchDedupeLookup1764800000000, QuoteAnchorsStatementCascade1764900000000, WritePathForeignKeys1765000000000, PublishedOffsetAndUndated1765100000000,
  InstallationIdentity1765200000000, PublishedMeansStored1765200000001, BoundedIndexKeys1765200000002,
  SpeakerScopedQuoteAnchors1765300000000, FuzzyNamesAndQuoteOrder1765400000000, QuoteArticleDated1765400000001,
  Watches1765500000000, ArticleVersions1765600000000, LeanerWritePath1765700000000,
  StageWriteFunctions1765800000000];

export class DatabaseUnavailableError extends Error {}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/** The schema only changes through migrations: synchronize stays off. */
export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ALL_ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    logging: ['error'],
    // Short OLTP statements: JIT compilation (triggered by pessimistic estimates on fresh tables) costs more than it saves.
    extra: { max: poolSize, connectionTimeoutMillis: 5000, options: '-c jit=off' },
  });
}

/** Creates the database named in the URL when the server answers but the database does not exist. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseUnavailableError(`PostgreSQL is not reachable at ${redact(url)}: ${(error as Error).message}`);
  }
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`).catch((error: { code?: string }) => {
        if (error.code !== '42P04' && error.code !== '23505') throw error; // created concurrently
      });
    }
  } finally {
    await client.end();
  }
}

/** Connects (creating the database when needed) and applies pending migrations. */
export async function openDatabase(url: string, options: { migrate?: boolean; poolSize?: number } = {}): Promise<DataSource> {
  await ensureDatabase(url);
  const dataSource = createDataSource(url, options.poolSize);
  await dataSource.initialize();
  if (options.migrate !== false) {
    // Several apps start at once: serialise their migration runs.
    const lockHolder = dataSource.createQueryRunner();
    await lockHolder.connect();
    try {
      await lockHolder.query('SELECT pg_advisory_lock(7402001)');
      await dataSource.runMigrations({ transaction: 'all' });
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock(7402001)').catch(() => undefined);
      await lockHolder.release();
    }
  }
  return dataSource;
}
