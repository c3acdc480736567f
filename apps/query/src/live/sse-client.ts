import { ServerResponse } from 'node:http';
import { LiveEvent } from '@newsflow/contracts';

/**
 * Bytes a client may leave unread before it is dropped: a stalled reader must not grow the server's
 * memory. Room for a burst: a batch of 64 articles with 20 quotes each is about 1 MB of events.
 */
export const MAX_UNREAD_BYTES = 4 * 1024 * 1024;
const RECONNECT_MS = 3000;

/** One open /events response. */
export class SseClient {
  private closed = false;

  constructor(
    private readonly res: ServerResponse,
    private readonly watch: string | undefined,
    private readonly onDropped: (client: SseClient) => void,
  ) {
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // Proxies such as nginx would otherwise hold events back in their buffer.
      'x-accel-buffering': 'no',
    });
    this.write(`retry: ${RECONNECT_MS}\n: connected${watch ? ` to watch ${watch}` : ''}\n\n`);
  }

  /** The hub passes the frame it built once for every client. */
  send(event: LiveEvent, frame: string = sseFrame(event)): void {
    if (this.watch !== undefined && !event.watches.includes(this.watch)) return;
    this.write(frame);
  }

  comment(text: string): void {
    this.write(`: ${text}\n\n`);
  }

  close(): void {
    this.closed = true;
    this.res.end();
  }

  private write(chunk: string): void {
    if (this.closed) return;
    if (this.res.writableLength + Buffer.byteLength(chunk) > MAX_UNREAD_BYTES) {
      this.closed = true;
      this.onDropped(this);
      this.res.destroy();
      return;
    }
    this.res.write(chunk);
  }
}

/** One event as written on the stream. JSON never holds a raw line break, so the data fits one `data:` line. */
export const sseFrame = (event: LiveEvent): string => `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
