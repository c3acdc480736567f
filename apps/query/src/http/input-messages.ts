import { z } from 'zod';

const shown = (input: unknown) => (typeof input === 'number' && Number.isNaN(input) ? 'not a number' : JSON.stringify(input));

/**
 * Messages for zod's generic issues, worded for the person who typed the URL: what was given and what is
 * accepted. Schemas that say more themselves (dates, ids, kinds, types) keep their own message.
 */
export function readableIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number' || issue.expected === 'int') return typeof issue.input === 'number' && !Number.isNaN(issue.input) ? `${issue.input} is not a whole number` : 'is not a number';
      return `expected ${issue.expected === 'string' ? 'text' : issue.expected}, got ${shown(issue.input)}`;
    case 'too_big':
      return issue.origin === 'string' ? `is longer than ${issue.maximum} characters` : `${shown(issue.input)} is too large: the most is ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'must not be empty' : `needs at least ${issue.minimum} characters`;
      return `${shown(issue.input)} is too small: the least is ${issue.minimum}`;
    case 'invalid_value':
      return `${shown(issue.input)} is not one of ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_format':
      return `${shown(issue.input)} is not in the accepted form`;
    default:
      return undefined;
  }
}
