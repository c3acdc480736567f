import { DataSource } from 'typeorm';
import { Watch, WatchCreate } from '@newsflow/contracts';
import { iso, isoOrNull } from '../queries/row-mappers';
import { aliasKey } from './entity-linking.repository';

export type FollowedSide = 'speaker' | 'entity';

/** A watch names an entity id that is not stored. */
export class UnknownEntityError extends Error {
  constructor(readonly field: FollowedSide, id: string) {
    super(`no entity has the id ${id}`);
  }
}

/**
 * SQL for the ids of the entities a watch (row alias `w`) follows on one side: the id it was given, or
 * every entity that carries the name it was given as an alias, now.
 */
export function followedEntityIds(side: FollowedSide, w = 'w'): string {
  return `(SELECT ${w}.${side}_id WHERE ${w}.${side}_id IS NOT NULL
           UNION ALL SELECT al.entity_id FROM entity_aliases al WHERE al.alias_key = ${w}.${side}_key)`;
}

/** How many failed attempts GET /watches lists per watch, and how many are kept. */
const FAILURES_SHOWN = 5;
const FAILURES_KEPT = 1000;

interface WatchRow {
  id: string;
  name: string;
  speaker_given: string | null;
  entity_given: string | null;
  speakers: Array<{ id: string; canonical: string; type: string }>;
  entities: Array<{ id: string; canonical: string; type: string }>;
  q: string | null;
  webhook: string | null;
  created_at: Date;
  delivered: number;
  last_delivered_at: Date | null;
  failures: number;
  recent_failures: Array<{ at: string; event_id: string; attempt: number; status: number | null; error: string; gave_up: boolean }>;
}

const followedJson = (side: FollowedSide, as: string) => `(SELECT coalesce(json_agg(json_build_object('id', e.id::text, 'canonical', e.canonical, 'type', e.type) ORDER BY e.id), '[]')
  FROM entities e WHERE e.id IN ${followedEntityIds(side)}) AS ${as}`;

const WATCH_COLUMNS = `w.id::text AS id, w.name, w.speaker_given, w.entity_given, w.q, w.webhook, w.created_at, w.delivered, w.last_delivered_at, w.failures,
  ${followedJson('speaker', 'speakers')}, ${followedJson('entity', 'entities')},
  (SELECT coalesce(json_agg(f ORDER BY f.id DESC), '[]') FROM (
     SELECT id, event_id, attempt, status, error, gave_up, at FROM watch_failures WHERE watch_id = w.id ORDER BY id DESC LIMIT ${FAILURES_SHOWN}) f) AS recent_failures`;

/** Query strings and credentials in a webhook URL may be secrets: the API shows the rest. */
function shownUrl(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}${u.pathname}`;
}

function toWatch(r: WatchRow): Watch {
  return {
    id: r.id,
    name: r.name,
    speaker: r.speaker_given === null ? null : { given: r.speaker_given, entities: r.speakers },
    entity: r.entity_given === null ? null : { given: r.entity_given, entities: r.entities },
    q: r.q,
    webhook: r.webhook === null ? null : shownUrl(r.webhook),
    createdAt: iso(r.created_at),
    delivery:
      r.webhook === null
        ? null
        : {
            delivered: r.delivered,
            lastDeliveredAt: isoOrNull(r.last_delivered_at),
            failures: r.failures,
            recentFailures: r.recent_failures.map((f) => ({ at: iso(f.at), eventId: f.event_id, attempt: f.attempt, status: f.status, error: f.error, gaveUp: f.gave_up })),
          },
  };
}

/** A side as stored: an all-digit reference is an entity id (which must exist), anything else a name. */
async function followed(db: DataSource, side: FollowedSide, given: string | undefined): Promise<[string | null, string | null, string | null]> {
  if (given === undefined) return [null, null, null];
  if (!/^\d+$/.test(given)) return [given, null, aliasKey(given)];
  const found: unknown[] = await db.query(`SELECT 1 FROM entities WHERE id = $1`, [given]);
  if (found.length === 0) throw new UnknownEntityError(side, given);
  return [given, given, null];
}

/** Watches: what they follow, their webhook and its deliveries. */
export class WatchRepository {
  constructor(private readonly db: DataSource) {}

  async create(input: WatchCreate): Promise<Watch> {
    const [speaker, entity] = await Promise.all([followed(this.db, 'speaker', input.speaker), followed(this.db, 'entity', input.entity)]);
    const rows: WatchRow[] = await this.db.query(
      `WITH w AS (
         INSERT INTO watches (name, speaker_given, speaker_id, speaker_key, entity_given, entity_id, entity_key, q, webhook)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *)
       SELECT ${WATCH_COLUMNS} FROM w`,
      [input.name, ...speaker, ...entity, input.q ?? null, input.webhook ?? null],
    );
    return toWatch(rows[0]);
  }

  async list(): Promise<Watch[]> {
    const rows: WatchRow[] = await this.db.query(`SELECT ${WATCH_COLUMNS} FROM watches w ORDER BY w.id`);
    return rows.map(toWatch);
  }

  async exists(id: string): Promise<boolean> {
    return (await this.db.query(`SELECT 1 FROM watches WHERE id = $1`, [id])).length > 0;
  }

  async delete(id: string): Promise<boolean> {
    const [, affected]: [unknown, number] = await this.db.query(`DELETE FROM watches WHERE id = $1`, [id]);
    return affected > 0;
  }

  /** A watch's name and full webhook URL; null when the watch is gone or has no webhook. */
  async webhookOf(id: string): Promise<{ name: string; webhook: string } | null> {
    const rows: Array<{ name: string; webhook: string }> = await this.db.query(`SELECT name, webhook FROM watches WHERE id = $1 AND webhook IS NOT NULL`, [id]);
    return rows[0] ?? null;
  }

  async recordDelivered(id: string): Promise<void> {
    await this.db.query(`UPDATE watches SET delivered = delivered + 1, last_delivered_at = now() WHERE id = $1`, [id]);
  }

  /** Records a failed attempt; only the newest FAILURES_KEPT are kept, the count covers all. */
  async recordFailure(id: string, failure: { eventId: string; attempt: number; status: number | null; error: string; gaveUp: boolean }): Promise<void> {
    await this.db.query(
      `WITH counted AS (UPDATE watches SET failures = failures + 1 WHERE id = $1 RETURNING id),
            added AS (INSERT INTO watch_failures (watch_id, event_id, attempt, status, error, gave_up) SELECT id, $2, $3, $4, $5, $6 FROM counted RETURNING id)
       DELETE FROM watch_failures WHERE watch_id = $1 AND id <= (SELECT id FROM watch_failures WHERE watch_id = $1 ORDER BY id DESC OFFSET ${FAILURES_KEPT} LIMIT 1)`,
      [id, failure.eventId, failure.attempt, failure.status, failure.error.slice(0, 1000), failure.gaveUp],
    );
  }
}
