import { Rng } from './rng';

/** Site furniture as outlets print it: headers, captions, prompts, related-post lists, footers. */

const OUTLETS = ['Daily Courier', 'The Northern Star', 'Metro Wire', 'Capital Post', 'Evening Ledger', 'Global Herald'];
const SECTIONS = ['World', 'Politics', 'Business', 'Opinion', 'Elections', 'US News', 'Europe'];

export function outletName(rng: Rng): string {
  return rng.pick(OUTLETS);
}

export function headerLines(rng: Rng, outlet: string): string[] {
  const lines = [outlet];
  if (rng.chance(0.6)) lines.push(rng.sample(['Home', ...SECTIONS], 4).join(' • '));
  if (rng.chance(0.5)) lines.push(rng.pick(SECTIONS));
  return lines;
}

export function captionLine(rng: Rng): string {
  const who = rng.pick(['Jane Holt', 'AP', 'Reuters', 'Getty Images', 'Mark Ruiz']);
  const place = rng.pick(['Washington', 'New York', 'Minsk', 'Ohio']);
  return rng.pick([`Supporters gather at a rally in ${place}. Photo: ${who}`, `Image by ${who}`, `File photo (Photo: ${who})`]);
}

export function footerLines(rng: Rng, outlet: string, otherHeadlines: readonly string[]): string[] {
  const lines: string[] = [];
  if (rng.chance(0.6)) lines.push(rng.pick([`Follow the ${outlet} on Google News`, 'Share this article', 'This story can be shared on social media']));
  if (rng.chance(0.8) && otherHeadlines.length > 0) {
    lines.push(rng.pick(['Related posts', 'Related Articles', 'Read more', 'You may also like']));
    for (const headline of rng.sample(otherHeadlines, rng.int(3, 6))) {
      lines.push(headline.replace(/[.]$/, ''));
      if (rng.chance(0.3)) lines.push(`${outlet} Staff`);
    }
  }
  if (rng.chance(0.5)) lines.push('Back to top button');
  return lines;
}

/**
 * A large furniture block shared by every article of an outlet: an about-us paragraph and a
 * disclaimer written as prose (which a line classifier keeps as body) plus a related list.
 */
export function sharedOutletBlock(rng: Rng, outlet: string, otherHeadlines: readonly string[]): string[] {
  return [
    `${outlet} is an independent news organisation covering politics, business and world affairs since 1998. Our reporters work from bureaus in Washington, London and Brussels, and our coverage is funded by readers and subscribers rather than by advertisers or political groups.`,
    `The views expressed in contributed pieces are those of the authors and do not necessarily reflect the editorial position of ${outlet}. Corrections can be sent to the standards desk, and we review every request within two working days.`,
    ...footerLines(rng, outlet, otherHeadlines),
  ];
}

const REPORTERS = ['Jane Holt', 'Mark Ruiz', 'Steve Holland', 'Julie Pace', 'Ken Thomas', 'Amy Chen', 'Tom Price'];
const AGENCIES = ['Reuters', 'AP', 'Associated Press', 'AFP', 'Bloomberg'];
const CITIES = ['WASHINGTON', 'NEW YORK', 'CLEVELAND', 'DES MOINES', 'LONDON', 'MINSK', 'PHILADELPHIA'];

export function bylineLine(rng: Rng, outlet: string): string {
  const who = rng.pick(REPORTERS);
  return rng.pick([`By ${who}`, `By ${who}, ${rng.pick(AGENCIES)}`, `${who} | ${outlet}`, `By ${who.toUpperCase()} Associated Press`, `${who}, Staff Writer`, `Posted by ${who} | ${rng.int(1, 28)} September 2016`]);
}

/** A wire dateline as the first paragraph's prefix: "WASHINGTON (Reuters) - ". */
export function datelinePrefix(rng: Rng): string {
  const city = rng.pick(CITIES);
  return rng.pick([`${city} (${rng.pick(AGENCIES)}) - `, `${city} (AP) — `, `${city} — `, `${city[0]}${city.slice(1).toLowerCase()}, Sept ${rng.int(1, 30)} (Reuters) - `]);
}

export function creditLine(rng: Rng): string {
  const who = rng.pick(REPORTERS);
  return rng.pick([
    `(Photo: ${who}/${rng.pick(AGENCIES)})`,
    `Photo by ${who}/Getty Images`,
    `${rng.pick(['Supporters wait', 'The candidate speaks', 'Protesters march'])} in ${rng.pick(['Ohio', 'Iowa', 'Florida'])} on Tuesday. REUTERS/${who}`,
    `Image: ${rng.pick(AGENCIES)}`,
  ]);
}

/** Lines wire copies and their republishers put at the end. */
export function tailLines(rng: Rng, outlet: string, otherHeadlines: readonly string[]): string[] {
  const pool = [
    `(Reporting by ${rng.pick(REPORTERS)}; Editing by ${rng.pick(REPORTERS)})`,
    `© 2016 ${rng.pick(AGENCIES)}. All rights reserved.`,
    `Copyright ${rng.int(2015, 2017)} The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.`,
    `Read more: ${rng.pick(otherHeadlines)}`,
    `Read the rest here.`,
    `This article originally appeared on ${outlet}.`,
    `${rng.pick(REPORTERS)} contributed to this report.`,
    `Sign up for the ${outlet} newsletter to get the day's top stories in your inbox`,
  ];
  return rng.sample(pool, rng.int(1, 3));
}
