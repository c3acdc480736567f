import { bodyHash, normaliseForComparison } from './normalise';

describe('normaliseForComparison', () => {
  it('unifies case, quote and dash styles and whitespace', () => {
    expect(normaliseForComparison('  “Hello”\u00A0—  ‘World’\n\nIt’s ')).toBe(`"hello" - 'world' it's`);
  });

  it('applies NFKC so compatibility forms compare equal', () => {
    expect(normaliseForComparison('ﬁnance Ｍinsk')).toBe('finance minsk');
    expect(normaliseForComparison('Cafe\u0301')).toBe(normaliseForComparison('Café'));
  });
});

describe('bodyHash', () => {
  it('is equal for typographic variants and differs for a changed word', () => {
    expect(bodyHash('He said “yes”.')).toBe(bodyHash('he said "yes".'));
    expect(bodyHash('He said “yes”.')).not.toBe(bodyHash('He said “no”.'));
    expect(bodyHash('x')).toMatch(/^[0-9a-f]{64}$/);
  });
});
