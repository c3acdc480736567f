export * from './advisory-locks';
export * from './stage-status.repository';
export * from './file-ledger.repository';
export * from './article-dedupe.repository';
export * from './postgres-lsh-index';
export * from './entity-linking.repository';
export * from './quote.repository';
export * from './article-reader.repository';
