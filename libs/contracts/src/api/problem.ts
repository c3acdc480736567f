import { z } from 'zod';

/** RFC 7807 problem details, the body of every error response (application/problem+json). */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(z.object({ location: z.string(), message: z.string() })).optional().describe('One entry per invalid input'),
});
export type Problem = z.infer<typeof problemSchema>;
