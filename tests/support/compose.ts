import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';

export interface ComposeService {
  profiles?: string[];
  [key: string]: unknown;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  [key: string]: unknown;
}

/** The file as Compose reads it: YAML with anchors and `<<` merge keys resolved. */
export function readComposeFile(path: string): ComposeFile {
  return parse(readFileSync(path, 'utf8'), { merge: true }) as ComposeFile;
}

/**
 * The Compose Specification's JSON schema (compose-spec/compose-spec schema/compose-spec.json, Apache-2.0),
 * as the dclint package ships it byte for byte, so that no copy of it lives in this repository.
 */
export function composeSchemaValidator(): ValidateFunction {
  const file = join(dirname(require.resolve('dclint/package.json')), 'schemas', 'compose.schema.json');
  // Its $schema names draft-07 by an https address that ajv does not know; ajv's default is draft-07 anyway.
  const { $schema: _draft, ...schema } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  // Upstream's schema uses union types and untyped object keywords, which ajv's strictTypes would print warnings about.
  return new Ajv({ allErrors: true, allowUnionTypes: true, strictTypes: false }).compile(schema);
}

export function describeSchemaErrors(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params && 'additionalProperty' in e.params ? `: ${e.params.additionalProperty}` : ''}`);
}

/** The services `docker compose --profile …` would start: those without profiles, and those in an enabled one. */
export function servicesUnder(compose: ComposeFile, profiles: string[]): string[] {
  return Object.entries(compose.services)
    .filter(([, service]) => !service.profiles || service.profiles.some((p) => profiles.includes(p)))
    .map(([name]) => name);
}

export type ComposeCli = { found: true; command: string[]; plugin: boolean } | { found: false; tried: string[] };

function tryRun(bin: string, args: string[]): { ok: boolean; why: string } {
  const run = spawnSync(bin, args, { encoding: 'utf8' });
  if (run.error) return { ok: false, why: `${bin}: ${(run.error as NodeJS.ErrnoException).code ?? run.error.message}` };
  if (run.status !== 0) return { ok: false, why: `${[bin, ...args].join(' ')}: exit ${run.status}, ${(run.stderr || run.stdout).trim().split('\n')[0]}` };
  return { ok: true, why: '' };
}

/**
 * `docker compose` (the v2 plugin) or the standalone `docker-compose`, when one of them actually runs.
 * A docker client without the compose plugin answers `docker compose version` with an error, so the
 * binary's presence alone proves nothing. `config` needs no docker engine.
 */
export function findComposeCli(): ComposeCli {
  const plugin = tryRun('docker', ['compose', 'version']);
  if (plugin.ok) return { found: true, command: ['docker', 'compose'], plugin: true };
  const standalone = tryRun('docker-compose', ['version']);
  if (standalone.ok) return { found: true, command: ['docker-compose'], plugin: false };
  return { found: false, tried: [plugin.why, standalone.why] };
}
