import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('outlet_articles')
export class OutletArticles {
  @PrimaryColumn('text') outlet!: string;
  @Column('integer') articles!: number;
}

@Entity('outlet_lines')
export class OutletLine {
  @PrimaryColumn('text') outlet!: string;
  @PrimaryColumn('text', { name: 'line_key' }) lineKey!: string;
  @Column('integer') articles!: number;
}
