import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('dedupe_signatures')
export class DedupeSignature {
  @PrimaryColumn('char', { name: 'article_id', length: 32 }) articleId!: string;
  @Column('char', { name: 'cluster_id', length: 32 }) clusterId!: string;
  @Column('char', { name: 'body_hash', length: 64 }) bodyHash!: string;
  @Column('bytea') signature!: Buffer;
  @Column('bytea') shingles!: Buffer;
}

@Entity('lsh_bands')
export class LshBand {
  @PrimaryColumn('bigint', { name: 'band_key' }) bandKey!: string;
  @PrimaryColumn('char', { name: 'article_id', length: 32 }) articleId!: string;
}
