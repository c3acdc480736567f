import { z } from 'zod';
import { AppConfig, configSchema } from './config.schema';

export class ConfigError extends Error {}

/** Validates the environment once; a bad value stops the app with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`invalid configuration: ${problems}`);
  }
  return parsed.data;
}

/** Name, default and description of every setting, for docs and .env.example. */
export function describeConfig(): Array<{ name: string; defaultValue: string; description: string }> {
  return Object.entries(configSchema.shape).map(([name, schema]) => {
    const s = schema as z.ZodTypeAny;
    const parsed = s.safeParse(undefined);
    return {
      name,
      defaultValue: parsed.success && parsed.data !== undefined ? String(parsed.data) : '',
      description: s.description ?? '',
    };
  });
}
