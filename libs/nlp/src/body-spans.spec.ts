import { inBody } from './body-spans';

const span = (start: number, end: number, text = '') => ({ start, end, text });

describe('inBody', () => {
  it('drops items that start inside a boilerplate range and keeps the rest in their order', () => {
    const items = [span(50, 55, 'c'), span(0, 5, 'a'), span(12, 20, 'b'), span(31, 33, 'd')];
    const boilerplate = [{ start: 10, end: 25 }, { start: 30, end: 40 }];
    expect(inBody(items, boilerplate).map((i) => i.text)).toEqual(['c', 'a']);
  });

  it('keeps an item that starts right where a boilerplate range ends', () => {
    expect(inBody([span(25, 30, 'x')], [{ start: 10, end: 25 }])).toHaveLength(1);
  });

  it('keeps everything when there is no boilerplate', () => {
    expect(inBody([span(1, 2), span(3, 4)], [])).toHaveLength(2);
  });
});
