/**
 * Resolves a speaker mention to a canonical entity: a name through the entity mentions it overlaps,
 * a capital through the country it stands for, a pronoun through the most recent person, and a
 * description ("the Belarusian president") through the most salient person.
 */
import { EntityMention, Span } from '../types';
import { Gender, genderOf, pronounGender, roleGender } from './gender';
import { CAPITAL_TO_COUNTRY, PERSON_PRONOUNS, PERSON_ROLES } from './lexicon';

/** How many earlier people a pronoun may skip for a gender clash: bounds the walk back. */
const MAX_PRONOUN_CANDIDATES = 6;

export class SpeakerResolver {
  /** Entities of the three types that can speak, in text order. */
  private readonly mentions: EntityMention[];
  private readonly personCount = new Map<string, number>();
  private readonly countryNames = new Map<string, string>();
  private readonly genders = new Map<string, Gender>();

  constructor(private readonly text: string, entities: EntityMention[], private readonly inQuote: (pos: number) => boolean) {
    this.mentions = entities
      .filter((e) => e.type === 'PERSON' || e.type === 'ORG' || e.type === 'LOCATION')
      .sort((a, b) => a.start - b.start);
    for (const e of this.mentions) {
      if (e.type === 'PERSON') this.personCount.set(e.canonical, (this.personCount.get(e.canonical) ?? 0) + 1);
      // "Mrs. Clinton" anywhere settles the gender of every "Clinton"
      if (e.type === 'PERSON' && !this.genders.get(e.canonical)) this.genders.set(e.canonical, genderOf(e.text, e.canonical) ?? roleGender(this.appositive(e)));
      if (e.type === 'LOCATION') this.countryNames.set(e.canonical.toLowerCase(), e.canonical);
    }
  }

  resolve(speaker: Span): string | null {
    const named = this.overlapping(speaker);
    const words = speaker.text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
    const described = words.some((w) => PERSON_ROLES.has(w));
    // "the Russian president", "the self-taught Cambridge resident": a place inside a description of a
    // person does not speak
    const placeInside = named?.type === 'LOCATION' && this.describes(speaker, named);
    if (named && (named.type === 'PERSON' || !described) && !placeInside) return this.standFor(named);
    if (words.length === 1 && PERSON_PRONOUNS.has(words[0])) return this.recentPerson(speaker.start, pronounGender(words[0]));
    if (described) return this.salientPerson(speaker.start);
    return null;
  }

  /** Whether the speaker mention is a place and nothing more ("Minsk", "the United States"). */
  isPlace(speaker: Span): boolean {
    const named = this.overlapping(speaker);
    return named?.type === 'LOCATION' && !this.describes(speaker, named);
  }

  /** Whether the speaker span holds words beyond the entity and an article: "the Cambridge resident". */
  private describes(speaker: Span, e: EntityMention): boolean {
    const rest = (speaker.text.slice(0, Math.max(0, e.start - speaker.start)) + ' ' + speaker.text.slice(Math.max(0, e.end - speaker.start))).toLowerCase();
    return rest.split(/[^\p{L}]+/u).some((w) => w !== '' && w !== 'the');
  }

  /** The entity the speaker span names; the right-most wins ("Belarusian President Alexander Lukashenko"). */
  private overlapping(speaker: Span): EntityMention | null {
    let best: EntityMention | null = null;
    for (let i = this.firstEndingAfter(speaker.start); i < this.mentions.length && this.mentions[i].start < speaker.end; i++) {
      const e = this.mentions[i];
      if (e.end <= speaker.start) continue;
      if (!best || e.type === 'PERSON' || best.type !== 'PERSON') best = e;
    }
    return best;
  }

  private standFor(e: EntityMention): string {
    if (e.type !== 'LOCATION') return e.canonical;
    const country = CAPITAL_TO_COUNTRY.get(e.canonical.toLowerCase()) ?? CAPITAL_TO_COUNTRY.get(e.text.toLowerCase());
    if (!country) return e.canonical;
    return this.countryNames.get(country.toLowerCase()) ?? country;
  }

  /**
   * The nearest earlier person outside quotes whose gender matches the pronoun's, or whose gender is
   * unknown and who opens a sentence ("… Tsikhanouskaya thanked …” she said" beats a more distant known
   * woman; "Clinton met Don Fowler. She said" skips the object of unknown gender); failing that, the
   * nearest of unknown gender; failing that, the nearest person.
   */
  private recentPerson(before: number, wanted: Gender): string | null {
    let unknown: string | null = null;
    let nearest: string | null = null;
    for (let i = this.firstEndingAfter(before) - 1, seen = 0; i >= 0 && seen < MAX_PRONOUN_CANDIDATES; i--) {
      const e = this.mentions[i];
      if (e.type !== 'PERSON' || e.end > before || this.inQuote(e.start)) continue;
      seen++;
      nearest ??= e.canonical;
      const gender = this.genders.get(e.canonical) ?? null;
      if (!wanted || gender === wanted || (!gender && this.opensSentence(e.start))) return e.canonical;
      if (!gender) unknown ??= e.canonical;
    }
    return unknown ?? nearest;
  }

  /**
   * The noun phrase in apposition to a person mention: "a spokeswoman for the mayor's office, Keisha Brown"
   * from the clause start, or "Tom Reyes, her husband," up to the next comma. It must open with a
   * determiner: "Schilling, through a spokeswoman, declined" names no role of Schilling's.
   */
  private appositive(e: EntityMention): string {
    const before = /(?:^|[.;:!?\n“"(]\s*)((?:a|an|the|his|her|their|its)\s[^.;:!?\n“"(,]{1,80}),\s*$/iu.exec(this.text.slice(Math.max(0, e.start - 90), e.start));
    const after = /^,\s*((?:a|an|the|his|her|their|its)\s[^,.;:!?\n”"]{1,60})[,.]/iu.exec(this.text.slice(e.end, e.end + 70));
    return `${before?.[1] ?? ''} ${after?.[1] ?? ''}`;
  }

  /** Whether only spaces stand between the mention and a sentence end or a line start. */
  private opensSentence(start: number): boolean {
    let i = start - 1;
    while (i >= 0 && (this.text[i] === ' ' || this.text[i] === '\t')) i--;
    return i < 0 || '.!?\n'.includes(this.text[i]);
  }

  /** The most mentioned person so far, else in the whole text; ties go to the earlier. */
  private salientPerson(at: number): string | null {
    const counts = new Map<string, number>();
    for (const e of this.mentions) {
      if (e.start >= at) break;
      if (e.type === 'PERSON') counts.set(e.canonical, (counts.get(e.canonical) ?? 0) + 1);
    }
    const pick = (m: Map<string, number>): string | null => {
      let best: string | null = null;
      let bestN = 0;
      for (const [name, n] of m) if (n > bestN) { best = name; bestN = n; }
      return best;
    };
    return pick(counts) ?? pick(this.personCount);
  }

  /** Index of the first mention ending after pos (mentions are sorted by start and do not nest much). */
  private firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    while (lo > 0 && this.mentions[lo - 1].end > pos) lo--;
    return lo;
  }
}
