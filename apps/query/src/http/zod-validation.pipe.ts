import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';
import { readableIssue } from './input-messages';
import { InvalidInputException } from './invalid-input.exception';

/** Validates one request part (query string or path parameters) against its contract schema. */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(
    private readonly schema: T,
    private readonly part: 'query' | 'path' | 'body',
  ) {}

  /** What the route does take, for the message about one it does not. */
  private known(): string {
    const names = this.schema instanceof z.ZodObject ? Object.keys(this.schema.shape) : [];
    return names.length ? `this route takes ${names.join(', ')}` : 'this route takes none';
  }

  transform(value: unknown): z.infer<T> {
    const result = this.schema.safeParse(value ?? {}, { error: readableIssue });
    if (result.success) return result.data;
    throw new InvalidInputException(
      result.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) => ({ location: `${this.part}.${key}`, message: `unknown parameter: ${this.known()}` }));
        }
        const location = [this.part, ...issue.path.map(String)].join('.');
        if (issue.code === 'invalid_type' && issue.path.length === 1 && Array.isArray((value as Record<string, unknown>)?.[String(issue.path[0])])) {
          return [{ location, message: 'given more than once' }];
        }
        return [{ location, message: issue.message }];
      }),
    );
  }
}
