import { findAttributions } from './attribution';
import { attribution } from './attribution-record';
import { findQuoteMarks } from './quote-marks';
import { sentenceTokens, splitSentences } from './segment';

const FIELDS = ['speaker', 'cue', 'content', 'contentFirst', 'continuation', 'learned', 'nominal', 'passive', 'tail'];

function attributionsOf(text: string) {
  const marks = findQuoteMarks(text);
  const toks = sentenceTokens(text, splitSentences(text, marks)[0], marks);
  return findAttributions(text, toks, null);
}

describe('attribution records', () => {
  it('fills every field, in one order, whatever marks it is given', () => {
    expect(Object.keys(attribution([0, 1], [1, 2], null, false))).toEqual(FIELDS);
    const marked = attribution([0, 1], [1, 2], [2, 5], true, { tail: [6, 9], passive: true, learned: true });
    expect(Object.keys(marked)).toEqual(FIELDS);
    expect(marked).toMatchObject({ tail: [6, 9], passive: true, learned: true, continuation: false, nominal: false });
  });

  // One shape keeps the rules' large functions from deoptimizing on each new object layout (see attribution-record.ts).
  it.each([
    ['a content before the cue', 'The plan will fail, Ms. Vale said on Friday.', { contentFirst: true }],
    ['a content after the cue', 'Ms. Vale said that the plan would fail.', { contentFirst: false }],
    ['a continuation', 'Ms. Vale said the plan would fail, adding that nobody had asked her.', { continuation: true }],
    ['a passive with an agent', 'The plan was criticised by Ms. Vale as a waste of money.', { passive: true }],
    ['a noun cue', 'Her claim that the plan would fail was ignored.', { nominal: true }],
    ['an interrupting attribution', 'The plan, Ms. Vale said, is a waste of money.', { tail: [8, 14] }],
    ['according to', 'The plan will fail, according to Ms. Vale.', { contentFirst: true }],
  ])('gives every attribution of %s the same fields in the same order', (_form, text, marks) => {
    const found = attributionsOf(text);
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining(marks)]));
    for (const a of found) expect(Object.keys(a)).toEqual(FIELDS);
  });
});
