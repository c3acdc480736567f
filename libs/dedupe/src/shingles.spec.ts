import { normaliseForComparison } from '@newsflow/text';
import { comparisonWords } from './shingles';

const words = (text: string) => comparisonWords(normaliseForComparison(text));

describe('comparisonWords', () => {
  it.each([
    ['accents', 'The café in Zürich', 'The cafe in Zurich'],
    ['initialisms', 'U.S. officials met at 9 a.m.', 'US officials met at 9 am'],
    ['thousands separators', 'a crowd of 12,500 and a $3,000,000 grant', 'a crowd of 12500 and a $3000000 grant'],
    ['percent signs', 'up 40% from 12 per cent', 'up 40 percent from 12 percent'],
    ['dash spacing', 'Clinton—who lost—said', 'Clinton — who lost — said'],
    ['quote styles', '“It’s over,” she said', '"It\'s over," she said'],
  ])('reads %s as house styles write them the same', (_, a, b) => {
    expect(words(a)).toEqual(words(b));
  });

  it('keeps numbers apart that are not thousands, and the letters of other scripts', () => {
    expect(words('scores 6,7 and 1,23')).toEqual(['scores', '6', '7', 'and', '1', '23']);
    expect(words('किताब किताबें')).toEqual(['किताब', 'किताबें']);
  });
});
