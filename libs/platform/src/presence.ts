import { hostname } from 'node:os';
import { NatsConnection, RequestStrategy } from 'nats';

export interface PresenceReply {
  app: string;
  pid: number;
  host: string;
  since: string;
}

const presenceSubject = (prefix: string) => `${prefix}.presence`;

/**
 * Every app answers a core-NATS presence request, so status can count the replicas actually connected
 * without the NATS monitoring port (consumer info's num_waiting only counts idle pull requests).
 */
export function answerPresence(nc: NatsConnection, prefix: string, app: string): void {
  const reply: PresenceReply = { app, pid: process.pid, host: hostname(), since: new Date().toISOString() };
  const body = new TextEncoder().encode(JSON.stringify(reply));
  nc.subscribe(presenceSubject(prefix), { callback: (_error, msg) => msg.respond(body) });
}

/** Collects presence replies for `waitMs` and counts them per app. */
export async function countReplicas(nc: NatsConnection, prefix: string, waitMs = 300): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  try {
    const replies = await nc.requestMany(presenceSubject(prefix), undefined, { strategy: RequestStrategy.Timer, maxWait: waitMs });
    for await (const msg of replies) {
      const { app } = JSON.parse(new TextDecoder().decode(msg.data)) as PresenceReply;
      counts[app] = (counts[app] ?? 0) + 1;
    }
  } catch {
    // No responders: nothing is connected under this prefix.
  }
  return counts;
}
