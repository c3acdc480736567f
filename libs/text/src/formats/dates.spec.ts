import { epochToIsoDate, toIsoDate } from './dates';

describe('toIsoDate', () => {
  it.each([
    ['11 February 2021', '2021-02-11T00:00:00.000Z'],
    ['Thursday, 11 Feb 2021', '2021-02-11T00:00:00.000Z'],
    ['February 11, 2021', '2021-02-11T00:00:00.000Z'],
    ['Feb. 11, 2021', '2021-02-11T00:00:00.000Z'],
    ['March 3rd, 2020', '2020-03-03T00:00:00.000Z'],
    ['2021-02-11', '2021-02-11T00:00:00.000Z'],
    ['2021-02-11T10:00', '2021-02-11T10:00:00.000Z'],
    ['2021-02-11 10:00:00+03:00', '2021-02-11T07:00:00.000Z'],
    ['11.02.2021', '2021-02-11T00:00:00.000Z'],
    ['Thu, 11 Feb 2021 10:00:00 +0300', '2021-02-11T07:00:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it.each(['2021-02-31', '31 February 2021', 'yesterday', '2021', '', 'x'.repeat(100)])('%s is not a date', (text) => {
    expect(toIsoDate(text)).toBeNull();
  });
});

describe('epochToIsoDate', () => {
  it('tells seconds from milliseconds by magnitude', () => {
    expect(epochToIsoDate(1613037600)).toBe('2021-02-11T10:00:00.000Z');
    expect(epochToIsoDate(1613037600000)).toBe('2021-02-11T10:00:00.000Z');
  });
});
