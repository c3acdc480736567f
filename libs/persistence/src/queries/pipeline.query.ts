import { DataSource } from 'typeorm';
import { Reconciliation, Rejection } from '@newsflow/contracts';
import { iso } from './row-mappers';

export interface StageActivity {
  doneLastMinute: number;
  failed: number;
}

/** The database half of the pipeline status: per-state counts, stage throughput and recent rejections. */
export class PipelineQueries {
  constructor(private readonly db: DataSource) {}

  async articlesByState(): Promise<Record<string, number>> {
    return this.countBy(`SELECT state, count(*) AS n FROM articles GROUP BY state`);
  }

  async filesByState(): Promise<Record<string, number>> {
    return this.countBy(`SELECT state, count(*) AS n FROM file_ledger GROUP BY state`);
  }

  /** One index range per stage (article_stages_recent, article_stages_failed). */
  async stageActivity(stages: readonly string[]): Promise<Map<string, StageActivity>> {
    const rows: Array<{ stage: string; done: string; failed: string }> = await this.db.query(
      `SELECT s.stage,
              (SELECT count(*) FROM article_stages x WHERE x.stage = s.stage AND x.updated_at > now() - interval '1 minute' AND x.status = 'done') AS done,
              (SELECT count(*) FROM article_stages x WHERE x.stage = s.stage AND x.status = 'failed') AS failed
       FROM unnest($1::text[]) AS s(stage)`,
      [stages],
    );
    return new Map(rows.map((r) => [r.stage, { doneLastMinute: Number(r.done), failed: Number(r.failed) }]));
  }

  async recentRejections(limit = 10): Promise<Rejection[]> {
    const rows: Array<{ id: string; path: string; state: string; reason: string | null; rejections: Rejection['rejections']; updated_at: Date }> =
      await this.db.query(
        `SELECT id, path, state, reason, rejections, updated_at FROM file_ledger
         WHERE state = 'rejected' OR rejections <> '[]'::jsonb ORDER BY id DESC LIMIT $1`,
        [limit],
      );
    return rows.map((r) => ({ fileId: String(r.id), path: r.path, state: r.state, reason: r.reason, rejections: r.rejections ?? [], at: iso(r.updated_at) }));
  }

  /** The last reconciliation pass, and the last one that found something to do. */
  async reconciliation(): Promise<{ last: Reconciliation | null; lastAction: Reconciliation | null }> {
    const rows: Array<{ at: Date; checked: number; in_flight: number; redriven: number; gone: number; dead_lettered: number; last: boolean }> = await this.db.query(
      `(SELECT *, true AS last FROM reconciliations ORDER BY id DESC LIMIT 1)
       UNION ALL
       (SELECT *, false FROM reconciliations WHERE redriven + gone + dead_lettered > 0 ORDER BY id DESC LIMIT 1)`,
    );
    const toPass = (r: (typeof rows)[number] | undefined): Reconciliation | null =>
      r ? { at: iso(r.at), checked: r.checked, inFlight: r.in_flight, redriven: r.redriven, gone: r.gone, deadLettered: r.dead_lettered } : null;
    return { last: toPass(rows.find((r) => r.last)), lastAction: toPass(rows.find((r) => !r.last)) };
  }

  private async countBy(sql: string): Promise<Record<string, number>> {
    const rows: Array<{ state: string; n: string }> = await this.db.query(sql);
    return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
  }
}
