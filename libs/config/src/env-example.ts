import { describeConfig } from './load-config';

/** The text of .env.example: every setting with its description and default. */
export function renderEnvExample(): string {
  const lines = ['# newsflow configuration. Every variable is optional; the value shown is the default.', ''];
  for (const { name, defaultValue, description } of describeConfig()) {
    lines.push(`# ${description}`);
    lines.push(defaultValue === '' ? `# ${name}=` : `${name}=${defaultValue}`);
    lines.push('');
  }
  return lines.join('\n');
}

/** The README's configuration table rows. */
export function renderConfigTable(): string {
  const rows = describeConfig().map(
    ({ name, defaultValue, description }) => `| \`${name}\` | ${defaultValue === '' ? '(unset)' : `\`${defaultValue}\``} | ${description} |`,
  );
  return ['| variable | default | meaning |', '|---|---|---|', ...rows].join('\n');
}
