import { bindingOf } from './jetstream-topology';

describe('bindingOf: the installation a stream records', () => {
  it('reads the installation and its database from the description newsflow writes', () => {
    expect(bindingOf({ description: 'newsflow installation 9acb03fe-b7f0-483e-935d-cae175821319 (database db:5432/newsflow)' })).toEqual({
      installationId: '9acb03fe-b7f0-483e-935d-cae175821319',
      database: 'db:5432/newsflow',
    });
  });

  it('finds none on a stream from before installations were recorded, or described by someone else', () => {
    expect(bindingOf({})).toBeNull();
    expect(bindingOf({ description: 'orders stream' })).toBeNull();
  });
});
