import { types } from 'pg';
import { iso } from './row-mappers';

/** What the pg driver makes of a timestamptz column (oid 1184). */
const parseTimestamptz = types.getTypeParser(1184, 'text') as (value: string) => Date;

describe('iso', () => {
  it.each([
    '2024-02-04T08:44:00+00:00',
    '2024-02-04T08:44:00.5+00:00',
    '2024-02-04T08:44:00.123456+00:00',
    '1999-12-31T23:59:59.999999+00:00',
  ])('writes the JSON form of a UTC timestamptz %s as Date does', (value) => {
    expect(iso(value)).toBe(new Date(value).toISOString());
  });

  it.each(['2024-02-04 08:44:00+00', '2024-02-04 08:44:00.05+00', '2024-02-04 08:44:00.999999+00'])(
    'writes the text form of a UTC timestamptz %s as the pg driver would have parsed it',
    (value) => {
      expect(iso(value)).toBe(parseTimestamptz(value).toISOString());
    },
  );

  it.each(['2024-02-04 09:44:00+01', '2024-02-04T03:44:00-05:00', '2024-02-04T08:44:00Z'])('converts other offsets through Date: %s', (value) => {
    expect(iso(value)).toBe(new Date(value.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')).toISOString());
    expect(iso(value)).toBe('2024-02-04T08:44:00.000Z');
  });

  it('writes a Date as ISO 8601', () => {
    expect(iso(new Date(Date.UTC(2024, 1, 4, 8, 44, 0, 7)))).toBe('2024-02-04T08:44:00.007Z');
  });
});
