import { printsRequestLogs } from './logger';

describe('printsRequestLogs', () => {
  it('is true at info and the chattier levels, where request lines print', () => {
    expect(['info', 'debug', 'trace'].map(printsRequestLogs)).toEqual([true, true, true]);
  });

  it('is false above info and when logging is silent', () => {
    expect(['warn', 'error', 'fatal', 'silent'].map(printsRequestLogs)).toEqual([false, false, false, false]);
  });
});
