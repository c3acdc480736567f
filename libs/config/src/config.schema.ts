import { z } from 'zod';

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/**
 * Every setting newsflow reads from the environment, with defaults that work on a developer machine.
 * The README's configuration table and .env.example are generated from the descriptions here.
 */
export const configSchema = z.object({
  NATS_URL: z.string().default('nats://127.0.0.1:4222').describe('NATS server(s), comma-separated'),
  DATABASE_URL: z
    .string()
    .default('postgres://postgres@127.0.0.1:5432/newsflow')
    .describe('PostgreSQL connection URL; the database is created if missing'),
  STREAM_NAME: z.string().regex(/^[A-Za-z0-9_-]+$/).default('NEWSFLOW').describe('JetStream stream holding the pipeline subjects; it belongs to one installation (one database): a second installation on the same NATS server needs its own `STREAM_NAME` and `SUBJECT_PREFIX`'),
  SUBJECT_PREFIX: z.string().regex(/^[A-Za-z0-9_-]+$/).default('newsflow').describe('Prefix of every pipeline subject'),
  STREAM_REPLICAS: positiveInt.default(1).describe('JetStream stream replicas (3 on a 3-node cluster)'),
  DUPLICATE_WINDOW_MS: positiveInt.default(3_600_000).describe('JetStream duplicate window for Nats-Msg-Id'),
  MAX_DELIVER: positiveInt.default(5).describe('Deliveries before a message is dead-lettered'),
  ACK_WAIT_MS: positiveInt.default(30_000).describe('Time a stage has to ack before redelivery (working() extends it)'),
  BACKOFF_BASE_MS: positiveInt.default(500).describe('First retry delay after a transient failure; doubles each time'),
  BACKOFF_MAX_MS: positiveInt.default(30_000).describe('Longest retry delay'),
  FETCH_BATCH: positiveInt.default(64).describe('Messages a consumer replica pulls at once: the largest batch a stage stores in one transaction'),
  CONCURRENCY: positiveInt.default(2).describe('Batches a consumer replica handles at once (two let one batch be extracted while the other is in PostgreSQL; more only queue on the same locks)'),
  QUOTE_MODELS: z
    .enum(['rules', 'rules+recall', 'rules+tagger'])
    .default('rules')
    .describe('Quote extraction: `rules`; `rules+recall`, which adds the learned recall pass (trained on PolNeAR train): PolNeAR dev content F1 0.754 → 0.766 (source 0.729 → 0.731), +0.018 in cross-validation on train, for about 12–25% slower quote extraction and more quotes that state a stance rather than speech; or `rules+tagger`, where a sequence model trained on PolNeAR train relabels the rules\' contents and finds speakers for the ones it adds: content F1 +0.047 and source F1 +0.017 in cross-validation on train (0.674 → 0.721, 0.640 → 0.657), dev content 0.754 → 0.773 and source 0.729 → 0.731, for slightly lower precision, PolNeAR\'s broader idea of what was said, and 0.6–1.5 ms more per article. Used by the quotes app and `npm run extract`'),
  CLAIM_CHECK_BYTES: positiveInt.default(256 * 1024).describe('Article text above this size travels through the object store'),
  INBOX_DIR: z.string().default('./inbox').describe('Folder the watcher ingests'),
  STABILITY_WINDOW_MS: z.coerce.number().int().min(0).default(500).describe('Size and mtime must hold still this long before a file is read'),
  RESCAN_INTERVAL_MS: positiveInt.default(30_000).describe('Periodic full rescan of the inbox'),
  WATCHER_CONCURRENCY: positiveInt.default(256).describe('Files the watcher reads and publishes at once'),
  WATCHER_INFLIGHT_BYTES: positiveInt.default(32 * 1024 * 1024).describe('Bytes of file content the watcher holds at once; a larger file goes alone'),
  MAX_FILE_BYTES: positiveInt.default(50 * 1024 * 1024).describe('Larger files are rejected'),
  WATCHER_PARSE_HEAP_MB: positiveInt.default(1024).describe('Heap limit of the worker thread that parses a file over 1 MB; a file needing more is rejected'),
  WATCHER_PARSE_TIMEOUT_MS: positiveInt.default(120_000).describe('A file over 1 MB still parsing after this long is rejected'),
  DEDUPE_THRESHOLD: z.coerce.number().gt(0).max(1).optional().describe('Shingle Jaccard at which a body is a near duplicate (default: the tuned value in libs/dedupe)'),
  SHINGLE_SIZE: positiveInt.optional().describe('Words per shingle for near-duplicate detection (default: the tuned value in libs/dedupe)'),
  QUERY_PORT: port.default(3000).describe('HTTP port of the query service (API, docs, UI)'),
  QUERY_DB_CONNECTIONS: positiveInt
    .default(4)
    .describe('PostgreSQL connections of one query service replica; about two per core of the database host (more busy backends than cores queue behind each other and starve the Node thread)'),
  WATCHER_PORT: port.default(3001).describe('Health/metrics port of the watcher'),
  DEDUPE_PORT: port.default(3002).describe('Health/metrics port of the dedupe app'),
  ENTITIES_PORT: port.default(3003).describe('Health/metrics port of the entities app'),
  QUOTES_PORT: port.default(3004).describe('Health/metrics port of the quotes app'),
  API_KEY: z.string().min(1).optional().describe('When set, mutating API routes require the X-API-Key header'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Log level'),
  LOG_PRETTY: bool.default(false).describe('Human-readable logs instead of JSON lines'),
});

export type AppConfig = z.infer<typeof configSchema>;

/** QUOTE_MODELS alone, for the CLIs that read no other setting (extract, reprocess). */
export const quoteModelsOf = (env: NodeJS.ProcessEnv): AppConfig['QUOTE_MODELS'] => configSchema.shape.QUOTE_MODELS.parse(env.QUOTE_MODELS || undefined);
