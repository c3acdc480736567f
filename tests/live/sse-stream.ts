import { waitFor } from '../support/test-env';

export interface SseMessage {
  id?: string;
  event?: string;
  data?: string;
  retry?: number;
  comments: string[];
}

/** A real /events connection whose messages are collected as they arrive. */
export class SseStream {
  readonly messages: SseMessage[] = [];
  private constructor(
    readonly response: Response,
    private readonly controller: AbortController,
  ) {}

  static async open(url: string): Promise<SseStream> {
    const controller = new AbortController();
    const response = await fetch(url, { signal: controller.signal, headers: { accept: 'text/event-stream' } });
    const stream = new SseStream(response, controller);
    if (response.ok) void stream.read();
    return stream;
  }

  /** The JSON data of the named events received so far. */
  events<T = Record<string, unknown>>(type?: string): T[] {
    return this.messages.filter((m) => m.data !== undefined && (!type || m.event === type)).map((m) => JSON.parse(m.data!) as T);
  }

  async next<T>(what: string, find: (events: Array<Record<string, unknown>>) => T | undefined | null | false, timeoutMs = 30_000): Promise<T> {
    return waitFor(what, async () => find(this.events()), timeoutMs, 25);
  }

  close(): void {
    this.controller.abort();
  }

  private async read(): Promise<void> {
    const decoder = new TextDecoder();
    let buffered = '';
    try {
      for await (const chunk of this.response.body as unknown as AsyncIterable<Uint8Array>) {
        buffered += decoder.decode(chunk, { stream: true });
        let end: number;
        while ((end = buffered.indexOf('\n\n')) >= 0) {
          this.messages.push(parse(buffered.slice(0, end)));
          buffered = buffered.slice(end + 2);
        }
      }
    } catch {
      // aborted by close()
    }
  }
}

function parse(block: string): SseMessage {
  const message: SseMessage = { comments: [] };
  for (const line of block.split('\n')) {
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === '') message.comments.push(value);
    else if (field === 'id') message.id = value;
    else if (field === 'event') message.event = value;
    else if (field === 'data') message.data = message.data === undefined ? value : `${message.data}\n${value}`;
    else if (field === 'retry') message.retry = Number(value);
  }
  return message;
}
