import { parentPort, workerData } from 'node:worker_threads';
import { parseInboxFile } from '@newsflow/text';

/** Runs in a worker thread: parses one large file under the worker's own heap limit. */
const { fileName, bytes, maxBytes } = workerData as { fileName: string; bytes: Uint8Array; maxBytes: number };
parentPort!.postMessage(parseInboxFile(fileName, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { maxBytes }));
