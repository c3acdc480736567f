import { extractQuotes } from './index';
import { quoteGroupKey, sameStatement } from './grouping';
import { withoutInterruptions } from './interrupted-quotes';
import { mentionsOf } from './test-helpers';

const run = (text: string) => extractQuotes(text, mentionsOf(text, { Vance: ['PERSON', 'Ada Vance'] }));

describe('quotes interrupted by their attribution', () => {
  it('joins the parts across “…,” X said. “…” into one quote by X', () => {
    const text = 'Intro line.\n\n“We will rebuild,” Vance told reporters on Monday. “The town has done it before.”';
    expect(run(text).map((q) => [q.text, q.speakerCanonical, q.cue?.text])).toEqual([
      ['We will rebuild,” Vance told reporters on Monday. “The town has done it before.', 'Ada Vance', 'told'],
    ]);
  });

  it('drops the attribution from the words a statement is grouped by', () => {
    const joined = 'We will rebuild,” Vance told reporters on Monday. “The town has done it before.';
    expect(withoutInterruptions(joined)).toBe('We will rebuild, The town has done it before.');
    expect(withoutInterruptions("We will rebuild,'' Ms. Vance said. ''The town has done it before.")).toBe('We will rebuild, The town has done it before.');
    expect(sameStatement(joined, 'We will rebuild. The town has done it before.')).toBe(true);
    expect(quoteGroupKey(joined)).toBe(quoteGroupKey('We will rebuild, the town has done it before'));
  });

  it('keeps scare-quoted fragments and their words', () => {
    const text = 'the plan was “a sham” and “a disgrace” to the town';
    expect(withoutInterruptions(text)).toBe(text);
  });
});
