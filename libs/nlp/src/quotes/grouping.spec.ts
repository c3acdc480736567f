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

  describe('statements that differ in a number, a negation or a name', () => {
    const TROOPS = 'The alliance will send 5,000 more troops to the eastern border before the winter begins';

    it('keeps apart statements that differ only in a number, in digits or in words', () => {
      expect(sameStatement(TROOPS, TROOPS.replace('5,000', '50,000'))).toBe(false);
      expect(sameStatement('We expect three new bridges over the river to open by the end of next year', 'We expect four new bridges over the river to open by the end of next year')).toBe(false);
      expect(sameStatement('5,000 more troops will reach the eastern border before the winter begins', '50,000 more troops will reach the eastern border before the winter begins')).toBe(false);
    });

    it('keeps apart a statement and its negation, however it is written', () => {
      expect(sameStatement(TROOPS, TROOPS.replace('will send', 'will not send'))).toBe(false);
      expect(sameStatement(TROOPS, TROOPS.replace('will send', "won't send"))).toBe(false);
      expect(sameStatement('The mayor said the harbour is safe for the fishing fleet this season', 'The mayor said the harbour is never safe for the fishing fleet this season')).toBe(false);
    });

    it('keeps apart statements that name different people or places', () => {
      expect(sameStatement(TROOPS, TROOPS.replace('The alliance', 'Norway'))).toBe(false);
      expect(sameStatement('Our talks with Portugal on the fishing quotas went well and will continue in March', 'Our talks with Morocco on the fishing quotas went well and will continue in March')).toBe(false);
    });

    it('still groups light edits: trims, spelling of one name, and one negation written two ways', () => {
      expect(sameStatement(TROOPS, 'will send 5,000 more troops to the eastern border')).toBe(true);
      expect(sameStatement(TROOPS, TROOPS.replace('more', 'additional'))).toBe(true);
      expect(sameStatement('Talks with Lukashenka on the gas price went well and will continue in March', 'Talks with Lukashenko on the gas price went well and will continue in March')).toBe(true);
      expect(sameStatement('We cannot accept the new tariffs on grain from the south', 'We can not accept the new tariffs on grain from the south')).toBe(true);
      expect(sameStatement(TROOPS, TROOPS.replace('5,000', '5000'))).toBe(true);
      expect(sameStatement(`Moreover, ${TROOPS.toLowerCase()}`, TROOPS)).toBe(true);
    });
  });
});

