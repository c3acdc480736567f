import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * `dead-lettered`: a published file one of whose articles is parked in the dead letters (see article_dead_letters).
 * `retracted`: a tombstone; this content at this path is not published again.
 */
export type FileState = 'published' | 'rejected' | 'duplicate-file' | 'ignored' | 'dead-lettered' | 'retracted';

@Entity('file_ledger')
export class FileLedgerEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('text') path!: string;
  @Column('bigint') size!: string;
  @Column('bigint', { name: 'mtime_ms' }) mtimeMs!: string;
  @Column('char', { name: 'content_hash', length: 64 }) contentHash!: string;
  @Column('text') state!: FileState;
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('text', { name: 'duplicate_of_path', nullable: true }) duplicateOfPath!: string | null;
  @Column('integer') articles!: number;
  @Column('jsonb') rejections!: Array<{ recordIndex: number | null; reason: string; code: string }>;
  @Column('timestamptz', { name: 'first_seen_at' }) firstSeenAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
  @Column('timestamptz', { name: 'retracted_at', nullable: true }) retractedAt!: Date | null;
}
