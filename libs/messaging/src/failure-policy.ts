/** An error no retry can fix (bad payload, input the extractor cannot handle): dead-letter at once. */
export class PermanentError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PermanentError';
  }
}

export type FailureDecision =
  | { action: 'retry'; delayMs: number; reason: string }
  | { action: 'dead-letter'; reason: string };

export interface RetryPolicy {
  maxDeliver: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
}

/** Exponential backoff: base, 2*base, 4*base, ... capped. `delivery` counts from 1. */
export function retryDelayMs(delivery: number, policy: RetryPolicy): number {
  const exponent = Math.max(0, delivery - 1);
  return Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** Math.min(exponent, 30));
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' ? error : JSON.stringify(error);
}

/**
 * Socket errors, and PostgreSQL classes 08 (connection), 57 (operator intervention) and 40 (rollback:
 * deadlock, serialization). Class 53 (insufficient resources, such as a full lock table) is left out on
 * purpose: a smaller batch needs less, so the batch is split.
 */
const INFRASTRUCTURE_CODES = /^(E(CONNREFUSED|CONNRESET|PIPE|TIMEDOUT|HOSTUNREACH|AI_AGAIN)|08...|57...|40...)$/;
const INFRASTRUCTURE_MESSAGES = /connection terminated|connection (is )?closed|timeout|TIMEOUT|CONNECTION_CLOSED|Cannot use a pool after calling end/i;

/**
 * An error of the database or broker rather than of the messages being handled: every message of a batch
 * would fail the same way, so the batch is retried whole instead of split to find a culprit.
 */
export function isInfrastructureError(error: unknown): boolean {
  if (error instanceof PermanentError) return false;
  const code = (error as { code?: unknown })?.code;
  if (typeof code === 'string' && INFRASTRUCTURE_CODES.test(code)) return true;
  return INFRASTRUCTURE_MESSAGES.test(describeError(error));
}

/**
 * What to do with a message whose handler failed. Transient errors are retried with a growing delay
 * (a plain nak would redeliver at once); permanent errors, and the last allowed delivery, dead-letter.
 */
export function decideOnFailure(error: unknown, delivery: number, policy: RetryPolicy): FailureDecision {
  const reason = describeError(error);
  if (error instanceof PermanentError) return { action: 'dead-letter', reason };
  if (delivery >= policy.maxDeliver) {
    return { action: 'dead-letter', reason: `gave up after ${delivery} deliveries: ${reason}` };
  }
  return { action: 'retry', delayMs: retryDelayMs(delivery, policy), reason };
}
