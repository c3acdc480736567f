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

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** "+03:00", "-05:30", or "Z" for UTC. */
function offsetSuffix(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'Z';
  const abs = Math.abs(offsetMinutes);
  return `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * An instant written in the page's own offset: "2021-02-11T10:00:00.000+03:00". Date.parse reads it
 * back to the same instant, and its first ten characters are the page's calendar day, which the UTC
 * form would move for a local time near midnight.
 */
export function localIsoDate(ms: number, offsetMinutes: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const local = new Date(ms + offsetMinutes * 60_000).toISOString();
  return offsetMinutes === 0 ? local : `${local.slice(0, -1)}${offsetSuffix(offsetMinutes)}`;
}

const ZONE_SUFFIX = /(?:Z|([+-])(\d{2}):?(\d{2}))$/i;

/** The offset an ISO 8601 string was written in, in minutes east of UTC; null when it names no zone. */
export function offsetMinutesOf(isoDate: string): number | null {
  const zone = ZONE_SUFFIX.exec(isoDate.trim());
  if (!zone) return null;
  if (!zone[1]) return 0;
  const minutes = Number(zone[2]) * 60 + Number(zone[3]);
  return zone[1] === '-' ? -minutes : minutes;
}

/** "+0300" / "GMT+3" style zones of RFC 2822 dates, which Date.parse reads but then forgets. */
const RFC_ZONE = /(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2})\s*$/i;

function rfcOffsetMinutes(text: string): number {
  const zone = RFC_ZONE.exec(text);
  if (!zone) return 0;
  const minutes = Number(zone[2]) * 60 + Number(zone[3]);
  return zone[1] === '-' ? -minutes : minutes;
}

/**
 * A date as written in an article or its metadata → ISO 8601 in the offset it was written in, or
 * null. Deterministic whatever the machine's time zone: a time without a zone is read as UTC, a date
 * without a time as midnight UTC, so the calendar day written is the day kept.
 */
export function toIsoDate(value: string): string | null {
  const text = value.trim();
  if (text.length > MAX_DATE_CHARS) return null;
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, day, time, zone] = iso;
    if (!time) return fromIsoDay(day);
    const offset = zone ? offsetMinutesOf(zone) ?? 0 : 0;
    return localIsoDate(Date.parse(`${day}T${time}${zone ?? 'Z'}`), offset);
  }
  const human = HUMAN_DATE.exec(text);
  if (human) return fromHumanDate(human[1]);
  const dotted = DOTTED_DMY.exec(text);
  if (dotted) return utcDate(Number(dotted[3]), Number(dotted[2]) - 1, Number(dotted[1]));
  if (EXPLICIT_ZONE.test(text)) return localIsoDate(Date.parse(text), rfcOffsetMinutes(text));
  return null;
}

/** Epoch seconds or milliseconds (told apart by magnitude) → ISO 8601. */
export function epochToIsoDate(value: number): string | null {
  const ms = Math.abs(value) < 1e11 ? value * 1000 : value;
  return fromTimestamp(ms);
}
