import { z } from 'zod';
import { epochToIsoDate, toIsoDate } from './dates';
import { articleText, type ParsedArticle } from './outcome';
import { textDateline } from './plain-text-metadata';

/** "a string", "an array", "null": how a JSON value is named in a rejection reason. */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'undefined') return 'nothing';
  return `a ${typeof value}`;
}

const optionalString = (field: string) =>
  z.string({ error: (issue) => `${field} must be a string, got ${describeJsonType(issue.input)}` }).nullish();

const optionalDate = (field: string) =>
  z
    .union([z.string(), z.number()], {
      error: (issue) => `${field} must be a date string or epoch number, got ${describeJsonType(issue.input)}`,
    })
    .nullish();

const BODY_FIELDS = ['body', 'text', 'content'] as const;
const DATE_FIELDS = ['published_at', 'publishedAt', 'date'] as const;

const rawJsonArticleSchema = z.object(
  {
    title: optionalString('title'),
    body: optionalString('body'),
    text: optionalString('text'),
    content: optionalString('content'),
    url: optionalString('url'),
    published_at: optionalDate('published_at'),
    publishedAt: optionalDate('publishedAt'),
    date: optionalDate('date'),
    source: optionalString('source'),
    byline: optionalString('byline'),
    author: optionalString('author'),
    dateline: optionalString('dateline'),
  },
  { error: (issue) => `expected an article object, got ${describeJsonType(issue.input)}` },
);

function firstPresent<T>(values: (T | null | undefined)[]): T | null {
  return values.find((v) => v !== null && v !== undefined) ?? null;
}

const blankToNull = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);

/** Date strings the metadata parser does not know ("2021/02/11 10:00") get a second chance, read as UTC. */
function parseJsonDate(value: string | number): string | null {
  if (typeof value === 'number') return epochToIsoDate(value);
  const iso = toIsoDate(value);
  if (iso) return iso;
  const fallback = Date.parse(/(?:GMT|UTC|Z|[+-]\d{2}:?\d{2})$/i.test(value.trim()) ? value : `${value} UTC`);
  return Number.isNaN(fallback) ? null : new Date(fallback).toISOString();
}

/** One article record of a .json/.jsonl file: body from body/text/content, date from published_at/date. */
export const jsonArticleSchema = rawJsonArticleSchema.transform((raw, ctx) => {
  const present = firstPresent(BODY_FIELDS.map((field) => raw[field]));
  if (present === null) {
    ctx.issues.push({ code: 'custom', input: raw, message: 'body is missing (expected one of body, text, content)' });
    return z.NEVER;
  }
  if (present.trim() === '') {
    ctx.issues.push({ code: 'custom', input: raw, message: 'body is empty' });
    return z.NEVER;
  }
  const url = blankToNull(raw.url);
  if (url !== null && !URL.canParse(url)) {
    ctx.issues.push({ code: 'custom', input: raw, message: `url is not an absolute URL: ${JSON.stringify(url.slice(0, 80))}` });
    return z.NEVER;
  }
  const rawDate = firstPresent(DATE_FIELDS.map((field) => raw[field]));
  const publishedAt = rawDate === null ? null : parseJsonDate(rawDate);
  if (rawDate !== null && publishedAt === null) {
    ctx.issues.push({ code: 'custom', input: raw, message: `date is not readable: ${JSON.stringify(String(rawDate).slice(0, 80))}` });
    return z.NEVER;
  }
  return {
    title: blankToNull(raw.title),
    body: present,
    url,
    publishedAt,
    source: blankToNull(raw.source),
    byline: blankToNull(raw.byline ?? raw.author),
    dateline: blankToNull(raw.dateline),
  };
});

export type JsonRecordResult = { ok: true; article: ParsedArticle } | { ok: false; reason: string };

/** Validates one decoded JSON value as an article; the reason lists every problem found. */
export function jsonRecordToArticle(
  value: unknown,
  recordIndex: number,
  format: 'json' | 'jsonl',
  encoding: string,
): JsonRecordResult {
  const result = jsonArticleSchema.safeParse(value);
  if (!result.success) return { ok: false, reason: result.error.issues.map((issue) => issue.message).join('; ') };
  const record = result.data;
  const found = record.dateline === null || record.publishedAt === null ? textDateline(record.body) : null;
  return {
    ok: true,
    article: {
      recordIndex,
      text: articleText(record.title, record.body),
      format,
      encoding,
      ...record,
      dateline: record.dateline ?? found?.place ?? null,
      publishedAt: record.publishedAt ?? found?.publishedAt ?? null,
    },
  };
}
