import { DataSource } from 'typeorm';
import { ArticleDetail, ArticleQuote, Cluster } from '@newsflow/contracts';
import { CLUSTER_MEMBER_COLUMNS, ClusterQueries, MemberRow, toClusterMember } from './cluster.query';
import { LIVE_ARTICLE, samePathRecord } from '../repositories/stored-articles';
import { preparedQuery } from './prepared-query';
import { articleDates, LEDGER_COLUMNS, LedgerRow, iso, isoOrNull, toLedgerEntry } from './row-mappers';

interface ArticleRow {
  id: string;
  title: string | null;
  text: string;
  body: string;
  boilerplate: Array<{ start: number; end: number }>;
  source: string | null;
  url: string | null;
  byline: string | null;
  dateline: string | null;
  published_at: Date | null;
  published_offset_minutes: number | null;
  received_at: Date;
  dropped_at: Date;
  completed_at: Date | null;
  state: ArticleDetail['state'];
  path: string;
  format: string;
  encoding: string;
  record_index: number;
  file_hash: string;
  body_hash: string;
  duplicate_of: string | null;
  duplicate_kind: string | null;
  similarity: number | null;
  version: number;
  superseded_by: string | null;
  retracted_at: Date | null;
}

interface MentionRow {
  entity_id: string;
  canonical: string;
  type: string;
  text: string;
  start_offset: number;
  end_offset: number;
}

interface QuoteRowData {
  id: string;
  ordinal: number;
  text: string;
  start_offset: number;
  end_offset: number;
  kind: string;
  speaker_text: string | null;
  speaker_start: number | null;
  speaker_end: number | null;
  speaker_canonical: string | null;
  speaker_entity_id: string | null;
  cue_text: string | null;
  cue_start: number | null;
  cue_end: number | null;
  group_key: string;
}

/** The article row with every related list as JSON, so a detail costs one round trip. */
const DETAIL_SQL = `
  SELECT a.id, a.title, a.text, a.body, a.boilerplate, a.source, a.url, a.byline, a.dateline, a.published_at, a.published_offset_minutes,
         a.received_at, a.dropped_at, a.completed_at, a.state, a.path, a.format, a.encoding, a.record_index, a.file_hash, a.body_hash,
         a.duplicate_of, a.duplicate_kind, a.similarity, a.version, a.superseded_by, a.retracted_at,
         (SELECT json_agg(x ORDER BY x.version, x.received_at) FROM (
            SELECT v.id, v.version, v.received_at, v.file_hash, v.state FROM articles v
            WHERE ${samePathRecord('v', 'a.path', 'a.record_index')}) x) AS versions,
         (SELECT coalesce(json_agg(x ORDER BY x.start_offset), '[]') FROM (
            SELECT m.entity_id, e.canonical, e.type, m.text, m.start_offset, m.end_offset
            FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.article_id = a.id) x) AS mentions,
         (SELECT coalesce(json_agg(x ORDER BY x.ordinal), '[]') FROM (
            SELECT q.id, q.ordinal, q.text, q.start_offset, q.end_offset, q.kind, q.speaker_text, q.speaker_start, q.speaker_end,
                   q.speaker_canonical, q.speaker_entity_id, q.cue_text, q.cue_start, q.cue_end, q.group_key
            FROM quotes q WHERE q.article_id = a.id) x) AS quotes,
         (SELECT coalesce(json_agg(x ORDER BY (x.id = x.root_id) DESC, x.date, x.id), '[]') FROM (
            SELECT ${CLUSTER_MEMBER_COLUMNS} FROM articles a WHERE a.id = r.root_id OR (a.duplicate_of = r.root_id AND a.${LIVE_ARTICLE})) x) AS cluster,
         (SELECT row_to_json(x) FROM (
            SELECT ${LEDGER_COLUMNS} FROM file_ledger f WHERE f.path = a.path AND f.content_hash = a.file_hash ORDER BY f.id LIMIT 1) x) AS ledger,
         (SELECT coalesce(json_agg(x ORDER BY x.updated_at), '[]') FROM (
            SELECT s.stage, s.version, s.status, s.error, s.updated_at FROM article_stages s WHERE s.article_id = a.id) x) AS stages,
         r.root_id
  FROM articles a CROSS JOIN LATERAL (SELECT coalesce(a.duplicate_of, a.id) AS root_id) r
  WHERE a.id = $1`;

interface DetailRow extends ArticleRow {
  mentions: MentionRow[];
  quotes: QuoteRowData[];
  cluster: MemberRow[];
  ledger: LedgerRow | null;
  stages: Array<{ stage: string; version: string; status: string; error: string | null; updated_at: string }>;
  root_id: string;
  versions: Array<{ id: string; version: number; received_at: string; file_hash: string; state: string }>;
}

/** Everything newsflow knows about one article. */
export class ArticleDetailQueries {
  private readonly clusters: ClusterQueries;

  constructor(private readonly db: DataSource) {
    this.clusters = new ClusterQueries(db);
  }

  async detail(id: string): Promise<ArticleDetail | null> {
    const [article] = await preparedQuery<DetailRow>(this.db, DETAIL_SQL, [id]);
    if (!article) return null;
    const { mentions, quotes, ledger, stages } = article;
    return {
      id: article.id,
      title: article.title,
      text: article.text,
      body: article.body,
      boilerplate: (article.boilerplate ?? []).map(({ start, end }) => ({ start, end })),
      source: article.source,
      url: article.url,
      byline: article.byline,
      dateline: article.dateline,
      ...articleDates(article.published_at, article.published_offset_minutes, article.received_at),
      receivedAt: iso(article.received_at),
      droppedAt: iso(article.dropped_at),
      completedAt: isoOrNull(article.completed_at),
      state: article.state,
      path: article.path,
      format: article.format,
      encoding: article.encoding,
      recordIndex: article.record_index,
      fileHash: article.file_hash.trim(),
      bodyHash: article.body_hash.trim(),
      duplicate: article.duplicate_of ? { of: article.duplicate_of, kind: article.duplicate_kind, similarity: article.similarity } : null,
      entities: groupMentions(mentions),
      quotes: quotes.map(toArticleQuote),
      cluster: article.cluster.length > 1 ? { rootId: article.root_id, members: article.cluster.map(toClusterMember) } : null,
      ledger: ledger ? toLedgerEntry(ledger) : null,
      stages: stages.map((s) => ({ stage: s.stage, version: s.version, status: s.status, error: s.error, updatedAt: iso(s.updated_at) })),
      ...versioning(article),
    };
  }

  /** The article's cluster, or null when the article does not exist. */
  async cluster(id: string): Promise<Cluster | null> {
    const rows: Array<{ duplicate_of: string | null }> = await this.db.query(`SELECT duplicate_of FROM articles WHERE id = $1`, [id]);
    return rows[0] ? this.clusters.clusterOf(id, rows[0].duplicate_of) : null;
  }
}

/** The article's versions; the current one is the newest that is not superseded (a retracted one stays current). */
function versioning(a: DetailRow): Pick<ArticleDetail, 'version' | 'supersededBy' | 'currentId' | 'retractedAt' | 'versions'> {
  const rows = a.versions ?? [];
  const current = [...rows].reverse().find((v) => v.state !== 'superseded')?.id ?? a.id;
  return {
    version: a.version,
    supersededBy: a.superseded_by,
    currentId: current,
    retractedAt: isoOrNull(a.retracted_at),
    versions: rows.map((v) => ({ id: v.id, version: v.version, receivedAt: iso(v.received_at), fileHash: v.file_hash.trim(), state: v.state, current: v.id === current })),
  };
}

function groupMentions(rows: MentionRow[]): ArticleDetail['entities'] {
  const byEntity = new Map<string, ArticleDetail['entities'][number]>();
  for (const r of rows) {
    let entity = byEntity.get(String(r.entity_id));
    if (!entity) {
      entity = { entityId: String(r.entity_id), canonical: r.canonical, type: r.type, mentions: [] };
      byEntity.set(entity.entityId, entity);
    }
    entity.mentions.push({ text: r.text, start: r.start_offset, end: r.end_offset });
  }
  return [...byEntity.values()];
}

function toArticleQuote(q: QuoteRowData): ArticleQuote {
  return {
    id: String(q.id),
    ordinal: q.ordinal,
    text: q.text,
    start: q.start_offset,
    end: q.end_offset,
    kind: q.kind,
    speaker: q.speaker_text === null ? null : { text: q.speaker_text, start: q.speaker_start, end: q.speaker_end },
    speakerCanonical: q.speaker_canonical,
    speakerEntityId: q.speaker_entity_id === null ? null : String(q.speaker_entity_id),
    cue: q.cue_text === null ? null : { text: q.cue_text, start: q.cue_start, end: q.cue_end },
    groupKey: q.group_key,
  };
}
