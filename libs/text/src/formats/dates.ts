const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const MONTH_NAME = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

/** Day-month-year ("11 February 2021") or month-day-year ("Feb. 11, 2021"), English month names. */
export const HUMAN_DATE_SOURCE = `(?:\\d{1,2}\\s+${MONTH_NAME},?\\s+\\d{4}|${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;

const HUMAN_DATE = new RegExp(`^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?,?\\s+)?(${HUMAN_DATE_SOURCE})$`, 'i');
const ISO_LIKE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;
const DOTTED_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const MAX_DATE_CHARS = 64;
const EXPLICIT_ZONE = /(?:GMT|UTC|[+-]\d{4}|\dZ)\b/i;

function utcDate(year: number, monthIndex: number, day: number): string | null {
  const date = new Date(Date.UTC(year, monthIndex, day));
  // Date.UTC rolls 31 February over into March; a date that changed is not a real date.
  if (date.getUTCMonth() !== monthIndex || date.getUTCDate() !== day) return null;
  return date.toISOString();
}

function fromHumanDate(text: string): string | null {
  const words = text.replace(/[.,]/g, ' ').split(/\s+/).filter(Boolean);
  const monthWord = words.find((w) => /^[a-z]/i.test(w) && MONTHS.includes(w.slice(0, 3).toLowerCase()));
  const numbers = words.filter((w) => /^\d/.test(w)).map((w) => parseInt(w, 10));
  if (!monthWord || numbers.length !== 2) return null;
  const [day, year] = numbers[0] > 31 ? [numbers[1], numbers[0]] : numbers;
  return utcDate(year, MONTHS.indexOf(monthWord.slice(0, 3).toLowerCase()), day);
}

function fromIsoDay(isoDay: string): string | null {
  const [year, month, day] = isoDay.split('-').map(Number);
  return utcDate(year, month - 1, day);
}

function fromTimestamp(ms: number): string | null {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/**
 * A date as written in an article or its metadata → ISO 8601, or null. Deterministic whatever the
 * machine's time zone: a time without a zone is read as UTC, a date without a time as midnight UTC.
 */
export function toIsoDate(value: string): string | null {
  const text = value.trim();
  if (text.length > MAX_DATE_CHARS) return null;
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, day, time, zone] = iso;
    if (!time) return fromIsoDay(day);
    return fromTimestamp(Date.parse(`${day}T${time}${zone ?? 'Z'}`));
  }
  const human = HUMAN_DATE.exec(text);
  if (human) return fromHumanDate(human[1]);
  const dotted = DOTTED_DMY.exec(text);
  if (dotted) return utcDate(Number(dotted[3]), Number(dotted[2]) - 1, Number(dotted[1]));
  if (EXPLICIT_ZONE.test(text)) return fromTimestamp(Date.parse(text));
  return null;
}

/** Epoch seconds or milliseconds (told apart by magnitude) → ISO 8601. */
export function epochToIsoDate(value: number): string | null {
  const ms = Math.abs(value) < 1e11 ? value * 1000 : value;
  return fromTimestamp(ms);
}
