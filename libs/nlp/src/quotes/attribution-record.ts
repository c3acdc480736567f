/** Token ranges are [from, to). */
export interface Attribution {
  speaker: [number, number] | null;
  cue: [number, number];
  /** What was said, or null when the sentence only names the speaker ("Lukashenko said."). */
  content: [number, number] | null;
  /** The content came before the cue ("…, X said"). */
  contentFirst: boolean;
  /** A participle or coordinated cue that continues an earlier attribution's speaker. */
  continuation: boolean;
  /** The cue is a learned one (a stance or event verb): its speaker does not carry over to standalone quotes. */
  learned: boolean;
  /** A possessor and a noun ("his claim that …"): the content is the noun's complement, already bounded. */
  nominal: boolean;
  /** A passive with a "by" agent ("Clinton was endorsed by …"): its clause starts at its subject, the content. */
  passive: boolean;
  /** The rest of a sentence the attribution interrupts: "Climate change, Obama says, is the greatest threat". */
  tail: [number, number] | null;
}

export type AttributionMarks = Partial<Pick<Attribution, 'continuation' | 'learned' | 'nominal' | 'passive' | 'tail'>>;

/**
 * Every attribution is built here, with all its fields in one order: objects of one shape keep the
 * property reads of findAttributions and findQuotes monomorphic. Literals with different optional
 * fields gave V8 a new hidden class at each read, and each new one deoptimized those large functions,
 * which then cost a recompile of 40–100 ms of CPU.
 */
export function attribution(
  speaker: [number, number] | null,
  cue: [number, number],
  content: [number, number] | null,
  contentFirst: boolean,
  marks: AttributionMarks = {},
): Attribution {
  return {
    speaker,
    cue,
    content,
    contentFirst,
    continuation: marks.continuation ?? false,
    learned: marks.learned ?? false,
    nominal: marks.nominal ?? false,
    passive: marks.passive ?? false,
    tail: marks.tail ?? null,
  };
}
