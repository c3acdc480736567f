import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('outlet_articles')
export class OutletArticles {
  @PrimaryColumn('bytea', { name: 'outlet_key' }) outletKey!: Buffer;
  @Column('text') outlet!: string;
  @Column('integer') articles!: number;
}

@Entity('outlet_lines')
export class OutletLine {
  @PrimaryColumn('bytea', { name: 'outlet_key' }) outletKey!: Buffer;
  @PrimaryColumn('bytea', { name: 'line_hash' }) lineHash!: Buffer;
  @Column('text') outlet!: string;
  @Column('text', { name: 'line_key' }) lineKey!: string;
  @Column('integer') articles!: number;
}
