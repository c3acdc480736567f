import { toIsoDate } from './dates';

export interface FrontMatter {
  /** Where the article after the front matter starts in the text. */
  bodyStart: number;
  fields: Record<string, string>;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const FIELD = /^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$/;
const LIST_ITEM = /^\s+-\s+(.*?)\s*$/;
const unquote = (value: string): string => value.replace(/^(["'])(.*)\1$/, '$2');

/** "[A, 'B']" → "A, B": a YAML flow list as one value. */
function flowList(value: string): string {
  const list = /^\[(.*)\]$/.exec(value);
  return list ? list[1].split(',').map((item) => unquote(item.trim())).filter(Boolean).join(', ') : unquote(value);
}

/**
 * YAML-style front matter at the top of a Markdown file: "key: value" scalars, and lists ("authors:"
 * then "  - A" lines, or "[A, B]") read as one comma-separated value. Nested maps are skipped.
 */
export function readFrontMatter(text: string): FrontMatter {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { bodyStart: 0, fields: {} };
  const fields: Record<string, string> = {};
  let listKey: string | null = null;
  for (const line of match[1].split(/\r?\n/)) {
    const item = listKey ? LIST_ITEM.exec(line) : null;
    if (item && listKey) {
      const value = unquote(item[1]);
      if (value) fields[listKey] = fields[listKey] ? `${fields[listKey]}, ${value}` : value;
      continue;
    }
    const field = FIELD.exec(line);
    listKey = field && field[2] === '' ? field[1].toLowerCase() : null;
    if (field && field[2] !== '') fields[field[1].toLowerCase()] = flowList(field[2]);
  }
  return { bodyStart: match[0].length, fields };
}

export function frontMatterValue(fields: Record<string, string>, ...keys: string[]): string | null {
  for (const key of keys) if (fields[key]) return fields[key];
  return null;
}

export function frontMatterDate(fields: Record<string, string>): string | null {
  const value = frontMatterValue(fields, 'published_at', 'published', 'date');
  return value ? toIsoDate(value) : null;
}

const HEADING_MARKS = /^#{1,6}[ \t]+|[ \t]+#+[ \t]*$/g;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const EMPHASIS = /(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g;

/** A Markdown line as plain text: heading marks, links and emphasis removed. */
export function markdownLineToText(line: string): string {
  return line.replace(HEADING_MARKS, '').replace(LINK, '$1').replace(EMPHASIS, '$2').trim();
}
