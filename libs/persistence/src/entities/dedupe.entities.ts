import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('dedupe_signatures')
export class DedupeSignature {
  @PrimaryColumn('char', { name: 'article_id', length: 32 }) articleId!: string;
  @Column('char', { name: 'cluster_id', length: 32 }) clusterId!: string;
  @Column('char', { name: 'body_hash', length: 64 }) bodyHash!: string;
  @Column('bigint', { name: 'band_keys', array: true }) bandKeys!: string[];
  @Column('bytea') shingles!: Buffer;
}
