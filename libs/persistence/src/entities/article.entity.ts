import { Column, Entity, PrimaryColumn } from 'typeorm';

/** superseded: an old version of a corrected article; retracted: withdrawn (both keep their row, not their derived rows). */
export type ArticleState = 'accepted' | 'duplicate' | 'completed' | 'superseded' | 'retracted';

@Entity('articles')
export class Article {
  @PrimaryColumn('char', { length: 32 }) id!: string;
  @Column('char', { name: 'file_hash', length: 64 }) fileHash!: string;
  @Column('integer', { name: 'record_index' }) recordIndex!: number;
  @Column('text') path!: string;
  @Column('text') format!: string;
  @Column('text') encoding!: string;
  @Column('text', { nullable: true }) title!: string | null;
  @Column('text') text!: string;
  @Column('text') body!: string;
  @Column('jsonb') boilerplate!: Array<{ start: number; end: number; reason?: string }>;
  @Column('text', { nullable: true }) source!: string | null;
  @Column('text', { nullable: true }) url!: string | null;
  @Column('text', { nullable: true }) byline!: string | null;
  @Column('text', { nullable: true }) dateline!: string | null;
  @Column('timestamptz', { name: 'published_at', nullable: true }) publishedAt!: Date | null;
  /** The offset the source wrote publishedAt in, minutes east of UTC; null when it named no zone. */
  @Column('smallint', { name: 'published_offset_minutes', nullable: true }) publishedOffsetMinutes!: number | null;
  @Column('char', { name: 'body_hash', length: 64 }) bodyHash!: string;
  @Column('text') state!: ArticleState;
  @Column('char', { name: 'duplicate_of', length: 32, nullable: true }) duplicateOf!: string | null;
  @Column('real', { nullable: true }) similarity!: number | null;
  @Column('text', { name: 'duplicate_kind', nullable: true }) duplicateKind!: string | null;
  @Column('timestamptz', { name: 'dropped_at' }) droppedAt!: Date;
  @Column('timestamptz', { name: 'received_at' }) receivedAt!: Date;
  @Column('timestamptz', { name: 'completed_at', nullable: true }) completedAt!: Date | null;
  @Column('integer') version!: number;
  @Column('char', { name: 'previous_version', length: 32, nullable: true }) previousVersion!: string | null;
  @Column('char', { name: 'superseded_by', length: 32, nullable: true }) supersededBy!: string | null;
  @Column('timestamptz', { name: 'superseded_at', nullable: true }) supersededAt!: Date | null;
  @Column('timestamptz', { name: 'retracted_at', nullable: true }) retractedAt!: Date | null;
  @Column('char', { name: 'cluster_heir', length: 32, nullable: true }) clusterHeir!: string | null;
}
