import { extractEntities } from '.';

const mentionsOf = (text: string, name: RegExp) =>
  extractEntities(text)
    .filter((e) => name.test(e.text))
    .map((e) => `${e.type}:${e.text}=>${e.canonical}`);

describe('upper-case datelines', () => {
  it('types a dateline as a place named in its usual casing, merged with the place written normally', () => {
    const text = 'Moldova and Romania sign a power deal\n\nCHISINAU — The two governments agreed on Tuesday to link their grids, officials said.\n\nThe next round of talks will be held in Chisinau in May.';
    expect(mentionsOf(text, /chisinau/i)).toEqual(['LOCATION:CHISINAU=>Chisinau', 'LOCATION:Chisinau=>Chisinau']);
  });

  it('reads a dateline with a region after the place', () => {
    const text = 'Leaders meet on the coast\n\nSOCHI, Russia — The two presidents met on Friday to discuss gas prices, aides said.\n\nReporters waited outside the residence in Sochi all day.';
    expect(mentionsOf(text, /sochi/i)).toEqual(['LOCATION:SOCHI=>Sochi', 'LOCATION:Sochi=>Sochi']);
  });

  it('gives a dateline its usual casing when the text never writes the place otherwise', () => {
    const text = 'A port reopens\n\nKOMRAT — The regional council voted on Monday to reopen the old river port, its chairman said.';
    expect(mentionsOf(text, /komrat/i)).toEqual(['LOCATION:KOMRAT=>Komrat']);
    const two = 'Markets\n\nNEW YORK (Reuters) - Stocks rose on Wednesday as oil prices fell, traders said.';
    expect(mentionsOf(two, /new york/i)).toEqual(['LOCATION:NEW YORK=>New York']);
  });

  it('leaves an upper-case topic line before a headline alone', () => {
    const text = 'SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\nAL-AIN , United Arab Emirates 1996-12-06';
    expect(extractEntities(text).some((e) => e.text === 'SOCCER' && e.type === 'LOCATION')).toBe(false);
  });
});
