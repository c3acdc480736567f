import { PermanentError, decideOnFailure, isInfrastructureError, retryDelayMs } from './failure-policy';

const policy = { maxDeliver: 4, backoffBaseMs: 100, backoffMaxMs: 1000 };

describe('decideOnFailure', () => {
  it('retries a transient error with a delay that grows per delivery', () => {
    expect(decideOnFailure(new Error('connection refused'), 1, policy)).toEqual({ action: 'retry', delayMs: 100, reason: 'connection refused' });
    expect(decideOnFailure(new Error('timeout'), 2, policy)).toMatchObject({ action: 'retry', delayMs: 200 });
    expect(decideOnFailure(new Error('timeout'), 3, policy)).toMatchObject({ action: 'retry', delayMs: 400 });
  });

  it('dead-letters a permanent error on the first delivery', () => {
    expect(decideOnFailure(new PermanentError('invalid received payload: v: expected 1'), 1, policy)).toEqual({
      action: 'dead-letter',
      reason: 'invalid received payload: v: expected 1',
    });
  });

  it('dead-letters on the last allowed delivery instead of retrying forever', () => {
    const decision = decideOnFailure(new Error('db down'), 4, policy);
    expect(decision).toEqual({ action: 'dead-letter', reason: 'gave up after 4 deliveries: db down' });
    expect(decideOnFailure(new Error('db down'), 9, policy).action).toBe('dead-letter');
  });

  it('describes thrown non-errors readably', () => {
    expect(decideOnFailure('plain string', 1, policy)).toMatchObject({ reason: 'plain string' });
    expect(decideOnFailure({ code: 'X' }, 1, policy)).toMatchObject({ reason: '{"code":"X"}' });
  });
});

describe('retryDelayMs', () => {
  it('doubles from the base and stops at the cap', () => {
    expect([1, 2, 3, 4, 5, 6].map((d) => retryDelayMs(d, policy))).toEqual([100, 200, 400, 800, 1000, 1000]);
    expect(retryDelayMs(1000, policy)).toBe(1000);
  });
});

describe('isInfrastructureError: retry a failed batch whole, or split it to find the message at fault', () => {
  const pg = (code: string, message = 'x') => Object.assign(new Error(message), { code });

  it('takes lost connections, shutdowns, deadlocks and timeouts for the infrastructure', () => {
    expect(isInfrastructureError(pg('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432'))).toBe(true);
    expect(isInfrastructureError(pg('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isInfrastructureError(pg('08006'))).toBe(true);
    expect(isInfrastructureError(pg('40P01', 'deadlock detected'))).toBe(true);
    expect(isInfrastructureError(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isInfrastructureError(new Error('TIMEOUT'))).toBe(true);
  });

  it('blames the messages for permanent errors, bad data and a full lock table (a smaller batch needs fewer locks)', () => {
    expect(isInfrastructureError(new PermanentError('article x is not stored'))).toBe(false);
    expect(isInfrastructureError(pg('22P05', 'unsupported Unicode escape sequence'))).toBe(false);
    expect(isInfrastructureError(pg('54000', 'index row size 3800 exceeds btree version 4 maximum 2704'))).toBe(false);
    expect(isInfrastructureError(pg('53200', 'out of shared memory'))).toBe(false);
    expect(isInfrastructureError(new TypeError("Cannot read properties of undefined (reading 'text')"))).toBe(false);
  });
});
