import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('article_stages')
export class ArticleStage {
  @PrimaryColumn('char', { name: 'article_id', length: 32 }) articleId!: string;
  @PrimaryColumn('text') stage!: string;
  @Column('text') version!: string;
  @Column('text') status!: 'done' | 'failed';
  @Column('text', { nullable: true }) error!: string | null;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
