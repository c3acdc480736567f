import { BEGIN, FEATURES_PER_TOKEN, INSIDE, OUTSIDE, contentRuns, viterbi } from './content-tagger';
import { TaggerDoc, trainContentTagger } from './content-tagger-training';
import { extractQuotes } from './index';
import { taggerModels } from './model-file';
import { SAY_VERBS } from './lexicon';
import { mentionsOf } from './test-helpers';

const SPEAKERS = ['Vance', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Haddad'];
const CLAIMS = ['the pier will reopen', 'the bridge would close', 'the budget is balanced', 'the school will expand', 'taxes will not rise', 'the line runs late'];
const VENUES = ['at a town meeting on Tuesday', 'at a press briefing in Lagos', 'at a hearing last week', 'at a rally downtown', 'at a forum on Friday', 'at a news conference'];
const VERBS = ['said', 'told reporters', 'argued', 'insisted'];

/** An invented article whose gold content stops before the venue, which the rules keep inside it. */
function article(i: number, verb = VERBS[i % VERBS.length]): TaggerDoc & { claim: string } {
  const speaker = SPEAKERS[i % SPEAKERS.length];
  const claim = CLAIMS[(i * 5) % CLAIMS.length];
  const text = `Council news.\n\n${speaker} ${verb} ${claim} ${VENUES[(i * 7) % VENUES.length]}.`;
  const start = text.indexOf(claim);
  return { text, claim, entities: mentionsOf(text, { [speaker]: ['PERSON', speaker] }), contents: [[{ start, end: start + claim.length }]], sources: [[{ start: text.indexOf(speaker), end: text.indexOf(speaker) + speaker.length }]] };
}

const TRAINING = Array.from({ length: 36 }, (_, i) => article(i));
const train = () => trainContentTagger(TRAINING, 6, 12);

describe('content tagger', () => {
  it('reads content runs off a tag sequence, a BEGIN opening each', () => {
    expect(contentRuns(Uint8Array.from([OUTSIDE, BEGIN, INSIDE, INSIDE, OUTSIDE, BEGIN, BEGIN, INSIDE]))).toEqual([
      [1, 4],
      [5, 6],
      [6, 8],
    ]);
  });

  it('never decodes INSIDE at a sentence start or after OUTSIDE, however the weights lean', () => {
    const features = new Int32Array(4 * FEATURES_PER_TOKEN); // every feature in slot 0
    const table = new Float32Array(3);
    table[INSIDE] = 10;
    expect([...viterbi(features, 4, table, new Array(12).fill(0))]).toEqual([BEGIN, INSIDE, INSIDE, INSIDE]);
  });

  it('learns from the gold where a content stops, and keeps the speaker the rules found', () => {
    const text = 'Council news.\n\nTanaka insisted the ferry will run at a forum on Friday.';
    const entities = mentionsOf(text, { Tanaka: ['PERSON', 'Kenji Tanaka'] });
    expect(extractQuotes(text, entities).map((q) => q.text)).toEqual(['the ferry will run at a forum on Friday']);
    const tagged = extractQuotes(text, entities, taggerModels(train()));
    expect(tagged.map((q) => [q.text, q.kind, q.speaker?.text, q.speakerCanonical, q.cue?.text])).toEqual([['the ferry will run', 'indirect', 'Tanaka', 'Kenji Tanaka', 'insisted']]);
  });

  it('drops a run of two words or fewer that no rule supports, keeps a longer one without a speaker, and a quoted passage verbatim', () => {
    // every feature votes for content, so each sentence is one run
    const bits = 4;
    const everything = taggerModels({ bits, vocab: [], introducers: [], index: Array.from({ length: 1 << bits }, (_, i) => i), weights: Array.from({ length: 1 << bits }, () => [0, 5, 10]).flat(), transitions: new Array(12).fill(0), speakers: { bias: -5, weights: {} } });
    expect(extractQuotes('Intro line.\n\nIt rained.', [], everything)).toEqual([]);
    expect(extractQuotes('Intro line.\n\nThe ferry ran late again.', [], everything).map((q) => [q.text, q.kind, q.speaker])).toEqual([['The ferry ran late again', 'indirect', null]]);
    // a run of one quoted passage is a direct quote, kept verbatim
    expect(extractQuotes('Intro line.\n\n“We will rebuild the pier, and soon,”', [], everything).map((q) => [q.text, q.kind])).toEqual([['We will rebuild the pier, and soon,', 'direct']]);
  });

  it('learns as introducers the words that open contents, beyond the reporting verbs it was given, and not the words elsewhere', () => {
    expect(SAY_VERBS.has('surmised')).toBe(false);
    const { introducers } = trainContentTagger(Array.from({ length: 12 }, (_, i) => article(i, 'surmised')), 2, 12);
    expect(introducers).toContain('surmised');
    expect(introducers).not.toContain('council');
    expect(introducers).not.toContain('pier');
  });

  it('trains to the same bytes every time', () => {
    expect(JSON.stringify(train())).toBe(JSON.stringify(train()));
  });
});
