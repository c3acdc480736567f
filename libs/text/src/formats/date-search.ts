import { HUMAN_DATE_SOURCE, toIsoDate } from './dates';

/** An ISO timestamp, a written date ("15 November 2021", "Nov. 15, 2021") or a dotted one ("15.11.2021"). */
const DATE_IN_TEXT = new RegExp(
  `(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)|(${HUMAN_DATE_SOURCE})|\\b(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\b`,
  'i',
);

/** The first date written somewhere in a short text such as a byline line, or null. */
export function findDateIn(text: string): string | null {
  const match = DATE_IN_TEXT.exec(text);
  return match ? toIsoDate(match[0]) : null;
}

/** "/2021/11/15/", "/2021-11-15-", "/20211115/" in a URL's path. */
const URL_DATE = /\/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** The publication day a URL's path spells out, or null. */
export function urlDate(url: string): string | null {
  const path = URL.canParse(url) ? new URL(url).pathname : url;
  const match = URL_DATE.exec(path);
  return match ? toIsoDate(`${match[1]}-${match[2]}-${match[3]}`) : null;
}
