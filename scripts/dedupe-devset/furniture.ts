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
