import { z } from 'zod';
import { problemSchema } from '@newsflow/contracts';

/** GETs against the query app at `base()` (known once the app listens), checked against the contract schemas. */
export function apiClient(base: () => string) {
  return {
    /** A 200 answer, parsed by its schema: every answer must match the contract that /docs publishes. */
    async get<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
      const res = await fetch(base() + path);
      const body = await res.json();
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      return schema.parse(body);
    },
    /** An error answer: its status, content type and RFC 7807 body. */
    async problem(path: string, init?: RequestInit): Promise<{ status: number; contentType: string | null; body: z.infer<typeof problemSchema> }> {
      const res = await fetch(base() + path, init);
      return { status: res.status, contentType: res.headers.get('content-type'), body: problemSchema.parse(await res.json()) };
    },
  };
}
