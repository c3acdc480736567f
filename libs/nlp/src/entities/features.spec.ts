import { slotFeatures } from './features';

// The committed weights are keyed by these strings: a change here silently detaches the model.
describe('slotFeatures', () => {
  const gazetteer = new Map([['minsk', ['CITY', 'PLACE']]]);

  it('names the word itself by form, shape, affixes, hyphen and gazetteer classes', () => {
    expect(slotFeatures('0', 'Bre-X', gazetteer)).toEqual([
      'b', 'w=Bre-X', 'l=bre-x', 's=Xxx-X', 'ss=Xx-X', 'p1=B', 'x1=x', 'p2=Br', 'x2=-x', 'p3=Bre', 'x3=e-x', 'p4=Bre-', 'x4=re-x', 'hy', 'hy=bre',
    ]);
    expect(slotFeatures('0', 'Minsk', gazetteer)).toEqual([
      'b', 'w=Minsk', 'l=minsk', 's=Xxxxx', 'ss=Xx', 'p1=M', 'x1=k', 'p2=Mi', 'x2=sk', 'p3=Min', 'x3=nsk', 'p4=Mins', 'x4=insk', 'g=CITY', 'g=PLACE', 'gg=CITY+PLACE',
    ]);
  });

  it('names neighbours, headline words and sentence padding by slot', () => {
    expect(slotFeatures('-1', 'Minsk', gazetteer)).toEqual(['-1l=minsk', '-1ss=Xx', '-1g=CITY', '-1g=PLACE']);
    expect(slotFeatures('+2', 'Minsk', gazetteer)).toEqual(['+2l=minsk', '+2ss=Xx']);
    expect(slotFeatures('C', 'MINSK', gazetteer)).toEqual(['C', 'C|l=minsk', 'C|x3=nsk', 'C|g=CITY', 'C|g=PLACE']);
    expect(slotFeatures('-1', '<S>', gazetteer)).toEqual(['-1|<S>']);
  });
});
