import { linkKeys, sameEntity } from './link';

describe('sameEntity (cross-document linking)', () => {
  it('links two articles spelling one person differently, with a reason', () => {
    const d = sameEntity({ canonical: 'Alyaksandr Lukashenka', type: 'PERSON' }, { canonical: 'Aleksandr Lukashenko', type: 'PERSON' });
    expect(d).toMatchObject({ same: true, weak: false });
    expect(d.reason).toMatch(/Lukashenka|Lukashenko/);
  });

  it('links transliteration variants outside the known-entity list', () => {
    expect(sameEntity({ canonical: 'Siarhei Tsikhanouski', type: 'PERSON' }, { canonical: 'Sergei Tsikhanouski', type: 'PERSON' }))
      .toMatchObject({ same: true, rule: 'transliteration' });
  });

  it('does not link different people who share a surname', () => {
    expect(sameEntity({ canonical: 'John Kennedy', type: 'PERSON' }, { canonical: 'Robert Kennedy', type: 'PERSON' }).same).toBe(false);
  });

  it('marks a lone surname as a weak link, to be used only when it is the single candidate', () => {
    expect(sameEntity({ canonical: 'Krutoi', type: 'PERSON' }, { canonical: 'Dmitry Krutoi', type: 'PERSON' }))
      .toMatchObject({ same: true, rule: 'surname', weak: true });
  });

  it('links an acronym to its expansion, also through aliases', () => {
    expect(sameEntity({ canonical: 'CSTO', type: 'ORG' }, { canonical: 'Collective Security Treaty Organization', type: 'ORG' }))
      .toMatchObject({ same: true, rule: 'known-alias' });
    expect(sameEntity({ canonical: 'BSF', type: 'ORG' }, { canonical: 'Baltic Shipping Federation', type: 'ORG' }))
      .toMatchObject({ same: true, rule: 'acronym' });
    expect(sameEntity({ canonical: 'Baltic Shipping Federation', type: 'ORG', aliases: ['BSF'] }, { canonical: 'BSF', type: 'ORG' }).same).toBe(true);
  });

  it('never links across types', () => {
    expect(sameEntity({ canonical: 'Kremlin', type: 'ORG' }, { canonical: 'Kremlin', type: 'LOCATION' }))
      .toMatchObject({ same: false, rule: 'type-mismatch' });
  });

  it('does not link unrelated names', () => {
    expect(sameEntity({ canonical: 'Minsk', type: 'LOCATION' }, { canonical: 'Moscow', type: 'LOCATION' }).same).toBe(false);
    expect(sameEntity({ canonical: 'Vladimir Putin', type: 'PERSON' }, { canonical: 'Dmitry Peskov', type: 'PERSON' }).same).toBe(false);
  });
});

describe('linkKeys', () => {
  const shared = (a: string[], b: string[]) => a.some((k) => b.includes(k));

  it('gives linked entities a key in common and keeps types apart', () => {
    expect(shared(linkKeys({ canonical: 'Lukashenka', type: 'PERSON' }), linkKeys({ canonical: 'Alexander Lukashenko', type: 'PERSON' }))).toBe(true);
    expect(shared(linkKeys({ canonical: 'CSTO', type: 'ORG' }), linkKeys({ canonical: 'Collective Security Treaty Organization', type: 'ORG' }))).toBe(true);
    expect(shared(linkKeys({ canonical: 'Kiev', type: 'LOCATION' }), linkKeys({ canonical: 'Kyiv', type: 'LOCATION' }))).toBe(true);
    expect(shared(linkKeys({ canonical: 'Kremlin', type: 'ORG' }), linkKeys({ canonical: 'Kremlin', type: 'LOCATION' }))).toBe(false);
  });
});
