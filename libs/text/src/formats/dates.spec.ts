import { epochToIsoDate, offsetMinutesOf, toIsoDate } from './dates';

describe('toIsoDate', () => {
  it.each([
    ['11 February 2021', '2021-02-11T00:00:00.000Z'],
    ['Thursday, 11 Feb 2021', '2021-02-11T00:00:00.000Z'],
    ['February 11, 2021', '2021-02-11T00:00:00.000Z'],
    ['Feb. 11, 2021', '2021-02-11T00:00:00.000Z'],
    ['March 3rd, 2020', '2020-03-03T00:00:00.000Z'],
    ['2021-02-11', '2021-02-11T00:00:00.000Z'],
    ['2021-02-11T10:00', '2021-02-11T10:00:00.000Z'],
    ['2021-02-11 10:00:00+03:00', '2021-02-11T10:00:00.000+03:00'],
    ['2021-02-11T00:30:00-0500', '2021-02-11T00:30:00.000-05:00'],
    ['2021-02-11T23:30:00+00:00', '2021-02-11T23:30:00.000Z'],
    ['11.02.2021', '2021-02-11T00:00:00.000Z'],
    ['Thu, 11 Feb 2021 10:00:00 +0300', '2021-02-11T10:00:00.000+03:00'],
    ['Thu, 11 Feb 2021 10:00:00 GMT', '2021-02-11T10:00:00.000Z'],
  ])('%s → %s', (text, iso) => {
    expect(toIsoDate(text)).toBe(iso);
  });

  it('keeps the local calendar day of a time near midnight and the same instant', () => {
    const iso = toIsoDate('2021-11-15T00:20:00+02:00') as string;
    expect(iso.slice(0, 10)).toBe('2021-11-15');
    expect(new Date(iso).toISOString()).toBe('2021-11-14T22:20:00.000Z');
    expect(offsetMinutesOf(iso)).toBe(120);
  });

  it('reads the offset of an ISO string, null when it names none', () => {
    expect(offsetMinutesOf('2021-02-11T10:00:00.000-05:30')).toBe(-330);
    expect(offsetMinutesOf('2021-02-11T10:00:00.000Z')).toBe(0);
    expect(offsetMinutesOf('2021-02-11T10:00:00')).toBeNull();
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
