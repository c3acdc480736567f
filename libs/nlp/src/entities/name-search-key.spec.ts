import { nameSearchKey } from './name-search-key';

describe('nameSearchKey', () => {
  it.each([
    ['Lukaschenko', 'Lukashenko'],
    ['Lukashenka', 'Lukashenko'],
    ['Łukaszenko', 'Lukashenko'],
    ['Aleksandr Lukashenko', 'Alexander Lukashenko'],
    ['Alyaksandr Lukashenka', 'Alexander Lukashenko'],
    ['President Alexander Lukashenko', 'alexander lukashenko'],
    ['Tschaikowski', 'Chaikovsky'],
    ['Jurij Gagarin', 'Yuri Gagarin'],
    ['Dmitriy Peskov', 'Dmitry Peskov'],
    ['Maksim', 'Maxim'],
    ['Zelenskyy', 'Zelensky'],
  ])('%s and %s share a key', (a, b) => {
    expect(nameSearchKey(a)).toBe(nameSearchKey(b));
    expect(nameSearchKey(a)).not.toBe('');
  });

  it.each([
    ['Putin', 'Peskov'],
    ['Lukashenko', 'Lavrov'],
    ['Alexander Lukashenko', 'Alexander Lavrov'],
    ['Kallas', 'Kasparov'],
  ])('%s and %s stay apart', (a, b) => {
    expect(nameSearchKey(a)).not.toBe(nameSearchKey(b));
  });

  it('keeps one key per word, in order, so a surname alone matches the last word of a full name', () => {
    const full = nameSearchKey('Alexander Lukashenko').split(' ');
    expect(full).toHaveLength(2);
    expect(full[1]).toBe(nameSearchKey('Lukaschenko'));
  });

  it('keeps a name that is only title words, and gives nothing for no letters', () => {
    expect(nameSearchKey('President')).not.toBe('');
    expect(nameSearchKey(' -- ')).toBe('');
  });
});
