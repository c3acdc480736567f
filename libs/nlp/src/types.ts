/** A character span into the original text: JS string indices (UTF-16 units), end exclusive. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

export type EntityType = 'PERSON' | 'ORG' | 'LOCATION' | 'DATE' | 'MONEY';

export interface EntityMention extends Span {
  type: EntityType;
  /** The document-level canonical name (titles stripped, surname resolved to full name, variants merged). */
  canonical: string;
}

export type QuoteKind = 'direct' | 'partial' | 'indirect';

export interface Quote extends Span {
  kind: QuoteKind;
  /** The in-text mention the quote hangs on (a name, a pronoun, a description), or null. */
  speaker: Span | null;
  /** The canonical entity the speaker resolves to, or null when no one can be named. */
  speakerCanonical: string | null;
  /** The attribution verb or phrase, or null. */
  cue: Span | null;
}

export interface Extraction {
  entities: EntityMention[];
  quotes: Quote[];
}
