import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig, quoteModelsOf, renderConfigTable, renderEnvExample } from '.';

describe('loadConfig', () => {
  it('gives working local defaults', () => {
    const config = loadConfig({});
    expect(config.NATS_URL).toBe('nats://127.0.0.1:4222');
    expect(config.INBOX_DIR).toBe('./inbox');
    expect(config.LOG_PRETTY).toBe(false);
    expect(config.API_KEY).toBeUndefined();
  });

  it('coerces numbers and booleans from strings and treats empty values as unset', () => {
    const config = loadConfig({ QUERY_PORT: '8080', LOG_PRETTY: 'yes', API_KEY: '' });
    expect(config.QUERY_PORT).toBe(8080);
    expect(config.LOG_PRETTY).toBe(true);
    expect(config.API_KEY).toBeUndefined();
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ QUERY_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ QUERY_PORT: 'eighty' })).toThrow(/QUERY_PORT/);
    expect(() => loadConfig({ STREAM_NAME: 'has.dots' })).toThrow(/STREAM_NAME/);
  });

  it('reads QUOTE_MODELS alone for the CLIs, as loadConfig does', () => {
    expect(quoteModelsOf({})).toBe('rules');
    expect(quoteModelsOf({ QUOTE_MODELS: '' })).toBe('rules');
    expect(quoteModelsOf({ QUOTE_MODELS: 'rules+recall' })).toBe(loadConfig({ QUOTE_MODELS: 'rules+recall' }).QUOTE_MODELS);
    expect(() => quoteModelsOf({ QUOTE_MODELS: 'recall' })).toThrow();
    expect(() => loadConfig({ QUOTE_MODELS: 'recall' })).toThrow(/QUOTE_MODELS/);
  });
});

describe('.env.example', () => {
  it('is up to date with the config schema', () => {
    expect(readFileSync(join(__dirname, '..', '..', '..', '.env.example'), 'utf8')).toBe(renderEnvExample());
  });
});

describe('README configuration table', () => {
  it('is up to date with the config schema', () => {
    expect(readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8')).toContain(renderConfigTable());
  });
});
