import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('quotes')
export class QuoteRow {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('char', { name: 'article_id', length: 32 }) articleId!: string;
  @Column('integer') ordinal!: number;
  @Column('text') text!: string;
  @Column('integer', { name: 'start_offset' }) start!: number;
  @Column('integer', { name: 'end_offset' }) end!: number;
  @Column('text') kind!: string;
  @Column('text', { name: 'speaker_text', nullable: true }) speakerText!: string | null;
  @Column('integer', { name: 'speaker_start', nullable: true }) speakerStart!: number | null;
  @Column('integer', { name: 'speaker_end', nullable: true }) speakerEnd!: number | null;
  @Column('text', { name: 'speaker_canonical', nullable: true }) speakerCanonical!: string | null;
  @Column('bigint', { name: 'speaker_entity_id', nullable: true }) speakerEntityId!: string | null;
  @Column('text', { name: 'cue_text', nullable: true }) cueText!: string | null;
  @Column('integer', { name: 'cue_start', nullable: true }) cueStart!: number | null;
  @Column('integer', { name: 'cue_end', nullable: true }) cueEnd!: number | null;
  @Column('text', { name: 'group_key' }) groupKey!: string;
  @Column('text', { name: 'article_title', nullable: true }) articleTitle!: string | null;
  @Column('text', { name: 'article_source', nullable: true }) articleSource!: string | null;
  @Column('timestamptz', { name: 'article_date', nullable: true }) articleDate!: Date | null;
  /** false: the article is undated and article_date is when it was received. */
  @Column('boolean', { name: 'article_dated', nullable: true }) articleDated!: boolean | null;
}
