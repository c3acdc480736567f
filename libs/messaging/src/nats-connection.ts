import { connect, NatsConnection } from 'nats';

export class ServiceUnavailableError extends Error {}

/** Connects once (failing fast with a clear message) and then reconnects forever. */
export async function connectNats(servers: string, name: string, timeoutMs = 3000): Promise<NatsConnection> {
  try {
    return await connect({
      servers: servers.split(',').map((s) => s.trim()),
      name,
      timeout: timeoutMs,
      maxReconnectAttempts: -1,
      reconnectTimeWait: 500,
      // Capturing a stack trace for every request (each JetStream publish is one) costs more than the
      // publish itself at thousands per second; errors still carry their message and subject.
      noAsyncTraces: true,
    });
  } catch (error) {
    throw new ServiceUnavailableError(`NATS is not reachable at ${servers}: ${(error as Error).message}`);
  }
}
