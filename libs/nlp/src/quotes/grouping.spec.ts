import { quoteAnchors, quoteGroupKey, quoteSimilarity, sameStatement } from './grouping';

const ORIGINAL = 'Russia has always been and remains our strategic partner and ally. Moreover, it’s also a fraternal state for us,';

describe('quote grouping', () => {
  it('gives verbatim copies one key whatever the marks, case and spacing', () => {
    expect(quoteGroupKey(ORIGINAL)).toBe(quoteGroupKey("russia has always been and remains our strategic partner and ally.  Moreover, it's also a fraternal state for us"));
    expect(quoteGroupKey(ORIGINAL)).not.toBe(quoteGroupKey('Russia is not our partner.'));
  });

  it('groups lightly edited variants: trimmed, with an insertion, or excerpted', () => {
    expect(sameStatement(ORIGINAL, 'Russia has always been and remains our strategic partner and ally.')).toBe(true);
    expect(sameStatement(ORIGINAL, 'Russia has always been and remains our (Belarus’s) strategic partner and ally. Moreover, it’s a fraternal state for us')).toBe(true);
    expect(quoteAnchors(ORIGINAL).some((a) => quoteAnchors('Russia has always been and remains our strategic partner and ally.').includes(a))).toBe(true);
  });

  it('keeps different statements apart', () => {
    expect(sameStatement(ORIGINAL, 'We have not done anything good this year so far,')).toBe(false);
    expect(sameStatement('Russia is our partner', 'Russia is not our partner at all and never was')).toBe(false);
    expect(quoteSimilarity('', ORIGINAL)).toBe(0);
  });
});
