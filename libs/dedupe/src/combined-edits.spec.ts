import { DedupeEngine } from './dedupe-engine';
import { InMemoryLshIndex } from './in-memory-lsh-index';

/**
 * A wire story (written for this test) and what republishers do to it, several edits at once. Bodies
 * are as the dedupe stage gets them: boilerplate lines already split off, so what is left of the
 * furniture is what the splitter keeps (a dateline, a prose credit line, a headline ending in a full stop).
 */
const HEADLINE = 'Harbour council approves ferry terminal despite residents\u2019 objections.';
const STORY = [
  'The Harbour District council voted 7-2 on Tuesday to approve a $48 million ferry terminal on the old coal wharf, ending an 18-month dispute with residents who say the project will bring traffic and noise to the waterfront.',
  '\u201cThis is the most important decision this council has made in a decade,\u201d said Mayor Helen Okafor, who cast the deciding vote in committee last month. \u201cThe ferry will take 3,000 cars a day off the coastal road.\u201d',
  'Opponents, led by the Wharf Street Residents\u2019 Association, argued that the environmental review ignored the effect of diesel exhaust on the primary school two blocks away. Their chairman, Tomas Lindqvist, said the group would ask a court to review the decision.',
  'The terminal is to be built by Nordhavn Marine, a Danish contractor that completed a similar project in Aarhus in 2019. Construction is expected to begin in the spring and to take about two years, according to the council\u2019s planning office.',
  'Under the approved plan, the operator will run electric ferries from the first year and will pay for a noise barrier along Wharf Street. The council also promised to publish air-quality readings from three new monitoring stations every month.',
  'Councillor Priya Raman, one of the two members who voted against the plan, said the promises came too late. \u201cWe were asked to approve the building before anyone could tell us what the ferries would cost to ride,\u201d she said.',
  'The regional transport authority has said it expects the service to carry 1.2 million passengers a year by 2030, about 40 percent of them commuters travelling to the city centre, a share similar to that of U.S. coastal cities.',
  'A public meeting on the construction timetable is scheduled for March 14 at the district library. Residents can also send comments to the planning office until the end of February.',
  'The council\u2019s decision still needs approval from the state environment agency, which has 90 days to respond. An agency spokesman declined to comment on Tuesday.',
];

type Edit = (paragraphs: string[]) => string[];

const newHeadline: Edit = (p) => ['Ferry terminal gets green light as Wharf Street residents vow court fight.', ...p.slice(1)];
/** House style: straight quotes, "%", no thousands separators, "U.S." spelled out as "US", two spaces after a full stop. */
const typography: Edit = (p) =>
  p.map((s) => s.replace(/[\u201c\u201d]/g, '"').replace(/\u2019/g, "'").replace(/ percent/g, '%').replace(/(\d),(\d{3})/g, '$1$2').replace(/\bU\.S\./g, 'US').replace(/\. /g, '.  '));
const truncation: Edit = (p) => p.slice(0, 5);
/** A subeditor's pass: about one word in twenty changed, dropped or added, every paragraph touched. */
const wordEdits: Edit = (p) =>
  p.map((s, i) =>
    i === 0
      ? s
      : s
          .split(' ')
          .map((w, k) => (k % 20 === 7 ? (k % 40 === 7 ? '' : w === 'said' ? 'says' : `${w} also`) : w))
          .filter(Boolean)
          .join(' '),
  );
const boilerplate: Edit = (p) => [p[0], `PORTSMOUTH (Reuters) - ${p[1]}`, ...p.slice(2), 'Jane Holt contributed to this report.'];

const EDITS: Record<string, Edit> = { headline: newHeadline, typography, truncation, 'word-edits': wordEdits, boilerplate };
const ORIGINAL = [HEADLINE, ...STORY];
const bodyOf = (edits: string[]) => edits.reduce((p, e) => EDITS[e](p), ORIGINAL).join('\n');

/** Every combination of two or more edits, as syndicated copies carry them. */
function combinations(names: string[]): string[][] {
  const out: string[][] = [];
  for (let mask = 1; mask < 1 << names.length; mask++) {
    const combo = names.filter((_, i) => mask & (1 << i));
    if (combo.length >= 2) out.push(combo);
  }
  return out;
}

describe('copies with several edits at once', () => {
  let engine: DedupeEngine;
  beforeAll(async () => {
    engine = await DedupeEngine.create();
  });

  it.each(Object.keys(EDITS).map((e) => [e]))('finds a copy with %s alone', async (edit) => {
    const index = new InMemoryLshIndex();
    await engine.process('original', bodyOf([]), index);
    expect((await engine.process('copy', bodyOf([edit]), index)).duplicateOf).toBe('original');
  });

  it.each(combinations(Object.keys(EDITS)).map((c) => [c.join(' + '), c]))('finds a copy with %s', async (_, edits) => {
    const index = new InMemoryLshIndex();
    await engine.process('original', bodyOf([]), index);
    const decision = await engine.process('copy', bodyOf(edits as string[]), index);
    expect(decision).toEqual(expect.objectContaining({ duplicateOf: 'original', kind: 'near' }));
    expect(decision.coverage).toBeGreaterThanOrEqual(engine.config.coverageThreshold);
  });

  it('finds the original when the truncated, edited copy arrived first', async () => {
    const index = new InMemoryLshIndex();
    await engine.process('copy', bodyOf(['headline', 'truncation', 'word-edits', 'boilerplate']), index);
    const decision = await engine.process('original', bodyOf([]), index);
    expect(decision.duplicateOf).toBe('copy');
    expect(decision.similarity).toBeLessThan(engine.config.jaccardThreshold); // found by coverage, not by Jaccard
  });

  it('keeps apart a report of the same story by another writer, though it shares the names and a quote', async () => {
    const other = [
      'Residents of Wharf Street say they will go to court after the Harbour District council approved a ferry terminal on the old coal wharf by seven votes to two.',
      '\u201cThe ferry will take 3,000 cars a day off the coastal road,\u201d Mayor Helen Okafor told the meeting, which ran for more than four hours and was twice interrupted by protesters.',
      'Tomas Lindqvist, who chairs the Wharf Street Residents\u2019 Association, told reporters outside the town hall that families had not been consulted about the diesel ferries that will serve the route in its early years.',
      'The Danish firm Nordhavn Marine will build the terminal. Its chief executive, Lars Berg, said in a statement that work could start within months if the state environment agency signs off on the plan.',
      'Councillor Priya Raman voted against the project and called the timetable rushed. The council will hold a public meeting at the district library in March.',
    ].join('\n');
    const index = new InMemoryLshIndex();
    await engine.process('wire', bodyOf([]), index);
    const decision = await engine.process('local', other, index);
    expect(decision.duplicateOf).toBeNull();
    // Nor does a cut copy of the wire story, which is shorter and so judged against a smaller body, join the local report.
    const localFirst = new InMemoryLshIndex();
    await engine.process('local', other, localFirst);
    expect((await engine.process('wire-brief', bodyOf(['truncation', 'headline']), localFirst)).duplicateOf).toBeNull();
  });
});
