import { printsRequestLogs, requestLogLine, requestLogOptions } from './logger';

describe('printsRequestLogs', () => {
  it('is true at debug and trace, where request lines print', () => {
    expect(['debug', 'trace'].map(printsRequestLogs)).toEqual([true, true]);
  });

  it('is false at info (the default) and above, and when logging is silent', () => {
    expect(['info', 'warn', 'error', 'fatal', 'silent'].map(printsRequestLogs)).toEqual([false, false, false, false, false]);
  });
});

describe('request log lines', () => {
  it('say method, URL, status and whole milliseconds in the message and as fields', () => {
    expect(requestLogLine({ method: 'GET', url: '/articles?q=minsk' }, 200, 3.42)).toEqual({
      message: 'GET /articles?q=minsk 200 3 ms',
      fields: { method: 'GET', url: '/articles?q=minsk', statusCode: 200, responseTime: 3 },
    });
  });

  it('name the URL the client asked for, not the one Fastify hands to middleware', () => {
    expect(requestLogLine({ method: 'GET', url: '/', originalUrl: '/health' }, 200, 1).message).toBe('GET /health 200 1 ms');
  });

  it('are written at debug, whatever the status', () => {
    const { customLogLevel } = requestLogOptions();
    expect(customLogLevel?.({} as never, { statusCode: 500 } as never)).toBe('debug');
  });
});
