import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('entities')
export class CanonicalEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('text') canonical!: string;
  @Column('text') type!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('integer', { name: 'mention_count' }) mentionCount!: number;
  @Column('integer', { name: 'article_count' }) articleCount!: number;
}

@Entity('entity_aliases')
export class EntityAlias {
  @PrimaryColumn('bigint', { name: 'entity_id' }) entityId!: string;
  @PrimaryColumn('text', { name: 'alias_key' }) aliasKey!: string;
  @Column('text') type!: string;
  @Column('text') alias!: string;
  @Column('text') reason!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  /** nameSearchKey of the alias, for look-ups whatever the transliteration (null: written by a loader that left it out). */
  @Column('text', { name: 'name_key', nullable: true }) nameKey!: string | null;
}

/** Candidate keys (surname, acronym, transliteration, known alias) under which linking finds an entity. */
@Entity('entity_link_keys')
export class EntityLinkKey {
  @PrimaryColumn('text') key!: string;
  @PrimaryColumn('bigint', { name: 'entity_id' }) entityId!: string;
}

@Entity('mentions')
export class Mention {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('char', { name: 'article_id', length: 32 }) articleId!: string;
  @Column('bigint', { name: 'entity_id' }) entityId!: string;
  @Column('text') text!: string;
  @Column('text') type!: string;
  @Column('integer', { name: 'start_offset' }) start!: number;
  @Column('integer', { name: 'end_offset' }) end!: number;
  @Column('text') canonical!: string;
}
