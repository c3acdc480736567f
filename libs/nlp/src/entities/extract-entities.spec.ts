import { extractEntities } from '.';

const names = (text: string) => extractEntities(text).map((e) => `${e.type}:${e.text}=>${e.canonical}`);

describe('extractEntities on seed sentences', () => {
  it('strips titles from the span and the canonical name', () => {
    const text = 'Minsk considers Russia to be a strategic partner, Belarusian President Alexander Lukashenko stated on Thursday.';
    const person = extractEntities(text).find((e) => e.type === 'PERSON')!;
    expect(text.slice(person.start, person.end)).toBe('Alexander Lukashenko');
    expect(person.canonical).toBe('Alexander Lukashenko');
    expect(names(text)).toEqual(expect.arrayContaining(['LOCATION:Minsk=>Minsk', 'LOCATION:Russia=>Russia']));
  });

  it('merges transliteration variants and resolves the lone surname to the full name', () => {
    const text = 'Alyaksandr Lukashenka spoke in Minsk on Thursday. Later, Lukashenka said that Belarus would never become a satellite.';
    const people = extractEntities(text).filter((e) => e.type === 'PERSON');
    expect(people.map((e) => e.text)).toEqual(['Alyaksandr Lukashenka', 'Lukashenka']);
    expect(new Set(people.map((e) => e.canonical))).toEqual(new Set(['Alexander Lukashenko']));
  });

  it('links an acronym to its expansion in the same document', () => {
    const text = 'Belarus remained committed to the agreements of the Collective Security Treaty Organization (CSTO). The CSTO met later.';
    const orgs = extractEntities(text).filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => e.text)).toEqual(['Collective Security Treaty Organization', 'CSTO', 'CSTO']);
    expect(new Set(orgs.map((e) => e.canonical))).toEqual(new Set(['Collective Security Treaty Organization']));
  });

  it('links an acronym through its expansion found in the text, unknown ones included', () => {
    const text = 'The Baltic Shipping Federation (BSF) said on Monday that BSF members would strike.';
    const orgs = extractEntities(text).filter((e) => e.type === 'ORG');
    expect(orgs.length).toBeGreaterThan(1);
    expect(new Set(orgs.map((e) => e.canonical)).size).toBe(1);
  });

  it('does not merge two people who share a surname', () => {
    const text = 'John Kennedy met Robert Kennedy in Boston on Monday. Robert Kennedy later left for Washington.';
    const canon = new Set(extractEntities(text).filter((e) => e.type === 'PERSON').map((e) => e.canonical));
    expect(canon).toEqual(new Set(['John Kennedy', 'Robert Kennedy']));
  });

  it('resolves a lone surname to the latest full name before it, or to the first one after it', () => {
    const text = 'Kennedy arrived in Boston on Monday. Later, Robert Kennedy spoke to reporters. John Kennedy left. Kennedy was tired.';
    const people = extractEntities(text).filter((e) => e.type === 'PERSON').map((e) => `${e.text}=>${e.canonical}`);
    expect(people).toEqual(['Kennedy=>Robert Kennedy', 'Robert Kennedy=>Robert Kennedy', 'John Kennedy=>John Kennedy', 'Kennedy=>John Kennedy']);
  });

  it('gives no leading "the", no closing quote mark and the organisation type to the Kremlin', () => {
    const text = 'As reported earlier, the Kremlin might grant a new loan to Belarus soon.';
    const kremlin = extractEntities(text).find((e) => e.text.includes('Kremlin'))!;
    expect(kremlin).toMatchObject({ text: 'Kremlin', type: 'ORG', canonical: 'Kremlin' });
  });

  it('expands known short forms: UK is the United Kingdom', () => {
    const text = 'The UK placed sanctions on Minsk. Belarus withdrew its ambassador from the United Kingdom.';
    const uk = extractEntities(text).filter((e) => e.canonical === 'United Kingdom');
    expect(uk.map((e) => e.text)).toEqual(['UK', 'United Kingdom']);
  });
});

describe('extractEntities on adversarial input', () => {
  it('returns nothing for empty and blank text', () => {
    expect(extractEntities('')).toEqual([]);
    expect(extractEntities('   \n\n ')).toEqual([]);
  });

  it("handles CoNLL tokenised text: the possessive stays outside the span", () => {
    const text = "Belarus 's President Lukashenko 's government met in Minsk .";
    const found = extractEntities(text);
    expect(found.map((e) => e.text)).toEqual(expect.arrayContaining(['Belarus', 'Lukashenko', 'Minsk']));
    for (const e of found) expect(e.text).not.toMatch(/'s$/);
  });

  it('finds places in ALL-CAPS headlines', () => {
    const found = extractEntities('SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .');
    expect(found.filter((e) => e.type === 'LOCATION').map((e) => e.text)).toEqual(['JAPAN', 'CHINA']);
  });

  it('processes 1 MB of text with every span matching its offsets', () => {
    const sentence = 'Russian President Vladimir Putin met Alexander Lukashenko in Moscow on Friday, the Kremlin said. ';
    const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
    const found = extractEntities(text);
    expect(found.length).toBeGreaterThan(40_000);
    for (const e of found) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('survives text without any spaces or letters', () => {
    expect(extractEntities('x'.repeat(100_000))).toEqual([]);
    expect(extractEntities('.,;!?'.repeat(10_000))).toEqual([]);
  });
});
