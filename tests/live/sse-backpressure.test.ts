import { createServer, Server, ServerResponse } from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import { LiveEvent } from '@newsflow/contracts';
import { MAX_UNREAD_BYTES, SseClient } from '../../apps/query/src/live/sse-client';
import { waitFor } from '../support/test-env';

/** An article event of about `bytes` bytes. */
function bigEvent(n: number, bytes: number): LiveEvent {
  return { type: 'article', id: String(n), watches: [], quotes: 0, article: { id: 'a'.repeat(32), title: 'x'.repeat(bytes) } } as unknown as LiveEvent;
}

describe('an /events client that stops reading', () => {
  let server: Server;
  let socket: Socket;
  afterEach(async () => {
    socket?.destroy();
    await new Promise((r) => server.close(r));
  });

  it('is dropped once it leaves MAX_UNREAD_BYTES unread, instead of growing the server’s memory', async () => {
    let response!: ServerResponse;
    let dropped = 0;
    let client!: SseClient;
    server = createServer((_req, res) => {
      response = res;
      client = new SseClient(res, undefined, () => dropped++);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    // A raw connection that sends its request and then never reads.
    socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
    socket.pause();
    socket.write('GET /events HTTP/1.1\r\nHost: x\r\n\r\n');
    await waitFor('the stream to open', async () => client);

    let sent = 0;
    while (dropped === 0 && sent < 10_000) {
      client.send(bigEvent(sent++, 16 * 1024));
      // Let the socket drain what the kernel will take.
      await new Promise((r) => setImmediate(r));
    }
    expect(dropped).toBe(1);
    await waitFor('the response to be destroyed', async () => response.destroyed, 5000);
    // Sending more to a dropped client is a no-op.
    client.send(bigEvent(sent, 16));
    expect(response.writableLength).toBeLessThanOrEqual(MAX_UNREAD_BYTES);
  });

  it('keeps a reading client, and sends a watch’s stream only that watch’s events', async () => {
    const events: string[] = [];
    let client!: SseClient;
    server = createServer((_req, res) => (client = new SseClient(res, '7', () => events.push('dropped'))));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/events`);
    const reader = res.body!.getReader();
    const text: string[] = [];
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text.push(new TextDecoder().decode(value));
      }
    })();
    // 3 MB in all, 160 KB in each turn of the event loop, as the hub sends a burst of completed articles.
    for (let n = 0; n < 200; n++) {
      client.send({ ...bigEvent(n, 16 * 1024), watches: n % 2 ? ['7'] : ['8'] });
      if (n % 10 === 9) await new Promise((r) => setImmediate(r));
    }
    await waitFor('the watch’s 100 events', async () => (text.join('').match(/^event: article$/gm) ?? []).length === 100, 10_000);
    expect(events).toEqual([]);
    const ids = [...text.join('').matchAll(/^id: (\d+)$/gm)].map((m) => Number(m[1]));
    expect(ids.every((id) => id % 2 === 1)).toBe(true);
    expect(text.join('')).toMatch(/^retry: \d+\n: connected to watch 7\n\n/);
    await reader.cancel();
  });
});
