import { Article } from './article.entity';
import { ArticleStage } from './article-stage.entity';
import { DedupeSignature } from './dedupe.entities';
import { CanonicalEntity, EntityAlias, EntityLinkKey, Mention } from './entity.entities';
import { FileLedgerEntry } from './file-ledger.entity';
import { QuoteRow } from './quote.entity';
import { OutletArticles, OutletLine } from './outlet.entities';

export * from './article.entity';
export * from './article-stage.entity';
export * from './dedupe.entities';
export * from './entity.entities';
export * from './file-ledger.entity';
export * from './quote.entity';
export * from './outlet.entities';

export const ALL_ENTITIES = [FileLedgerEntry, Article, ArticleStage, DedupeSignature, CanonicalEntity, EntityAlias, EntityLinkKey, Mention, QuoteRow, OutletArticles, OutletLine];
