import { HUMAN_DATE_SOURCE, toIsoDate } from './dates';

/** An ISO timestamp, a written date ("15 November 2021", "Nov. 15, 2021") or a dotted one ("15.11.2021"). */
const DATE_IN_TEXT = new RegExp(
  `(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?)|(${HUMAN_DATE_SOURCE})|\\b(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\b`,
  'i',
);

/** Month names of the languages besides English that news pages most often write dates in, by month. */
const MONTH_NAMES_ELSEWHERE: string[][] = [
  ['januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari', 'stycznia'],
  ['februar', 'février', 'fevrier', 'febrero', 'febbraio', 'fevereiro', 'februari', 'lutego'],
  ['märz', 'maerz', 'mars', 'marzo', 'março', 'maart', 'marca'],
  ['april', 'avril', 'abril', 'aprile', 'kwietnia'],
  ['mai', 'mayo', 'maggio', 'maio', 'mei', 'maja'],
  ['juni', 'juin', 'junio', 'giugno', 'junho', 'czerwca'],
  ['juli', 'juillet', 'julio', 'luglio', 'julho', 'lipca'],
  ['august', 'août', 'aout', 'agosto', 'augustus', 'sierpnia'],
  ['september', 'septembre', 'septiembre', 'settembre', 'setembro', 'września'],
  ['oktober', 'octobre', 'octubre', 'ottobre', 'outubro', 'października'],
  ['november', 'novembre', 'noviembre', 'novembro', 'listopada'],
  ['dezember', 'décembre', 'decembre', 'diciembre', 'dicembre', 'dezembro', 'december', 'grudnia'],
];
const MONTH_INDEX = new Map(MONTH_NAMES_ELSEWHERE.flatMap((names, month) => names.map((name) => [name, month] as const)));
/** "15. November 2021", "3 mars 2022", "15 de noviembre de 2021". */
const DAY_MONTH_YEAR_ELSEWHERE = new RegExp(
  `\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?(${[...MONTH_INDEX.keys()].join('|')})\\.?\\s+(?:de\\s+)?(\\d{4})\\b`,
  'iu',
);

function dayMonthYearElsewhere(text: string): string | null {
  const match = DAY_MONTH_YEAR_ELSEWHERE.exec(text);
  const month = match ? MONTH_INDEX.get(match[2].toLowerCase()) : undefined;
  if (!match || month === undefined) return null;
  return toIsoDate(`${match[3]}-${String(month + 1).padStart(2, '0')}-${match[1].padStart(2, '0')}`);
}

/** The first date written somewhere in a short text such as a byline line, or null. */
export function findDateIn(text: string): string | null {
  const match = DATE_IN_TEXT.exec(text);
  return (match ? toIsoDate(match[0]) : null) ?? dayMonthYearElsewhere(text);
}

/** "/2021/11/15/", "/2021-11-15-", "/20211115/" in a URL's path. */
const URL_DATE = /\/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/;

/** The publication day a URL's path spells out, or null. */
export function urlDate(url: string): string | null {
  const path = URL.canParse(url) ? new URL(url).pathname : url;
  const match = URL_DATE.exec(path);
  return match ? toIsoDate(`${match[1]}-${match[2]}-${match[3]}`) : null;
}
