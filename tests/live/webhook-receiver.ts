import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedPost {
  body: { watch: { id: string; name: string }; event: string; id: string; article?: { id: string }; quote?: { id: string; text: string } };
  answered: number;
  /** When it arrived (ms). */
  at: number;
}

/** A local HTTP server standing in for a webhook: it answers each POST with the status `answer` gives. */
export class WebhookReceiver {
  readonly posts: ReceivedPost[] = [];
  private server?: Server;

  constructor(private readonly answer: (post: ReceivedPost['body'], earlier: ReceivedPost[]) => number) {}

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const body = JSON.parse(raw) as ReceivedPost['body'];
        const answered = this.answer(body, this.posts.filter((p) => p.body.id === body.id && p.body.watch.id === body.watch.id));
        this.posts.push({ body, answered, at: Date.now() });
        res.writeHead(answered).end();
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', r));
    return this;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/hook?token=secret`;
  }

  stop(): Promise<void> {
    return new Promise((r) => {
      if (!this.server) return r();
      this.server.close(() => r());
      this.server.closeAllConnections();
    });
  }
}
