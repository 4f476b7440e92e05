/**
 * The dictionary as it is written in YAML (or JSON) files. See dictionaries/README.md.
 * Everything here is data; `compile.ts` turns it into a matcher.
 */

/** An alias with rules, for names that are also ordinary words (Go, R, Spring, REST). */
export interface AliasRule {
  /** The name as it appears in text. Whitespace runs match any whitespace run. */
  term: string;
  /** `exact`: the text must have this exact letter case. Default `fold` (any case). */
  case?: 'exact' | 'fold';
  /**
   * Words that confirm the technical sense when they occur in the same sentence
   * (case-insensitive, whole words). When this key is present (even as `[]`), the alias
   * counts only if a context word or another skill that needs no context is in the sentence.
   * Default: absent (no context needed).
   */
  context?: string[];
  /** The alias does not count when the next token is one of these (e.g. `to`, `&`, `-`). Default []. */
  notNext?: string[];
  /** The alias does not count when the previous token is one of these (e.g. `the`). Default []. */
  notPrev?: string[];
  /** Accept a trailing plural `s`/`es` and version digits (`Python3`). Default true unless case is exact. */
  inflect?: boolean;
}

/** An alias: a plain string (any case, plurals allowed) or a rule. */
export type Alias = string | AliasRule;

/** One skill. */
export interface SkillEntry {
  /** Stable id: lowercase letters, digits and `-` (e.g. `postgresql`). */
  id: string;
  /** Display name (e.g. `PostgreSQL`). */
  label: string;
  /** Category id; defaults to the file's `category`. */
  category?: string;
  /** Names that count as a mention. The label is not an alias unless listed. */
  aliases: Alias[];
  /** Other skill ids a mention also counts for (S3 -> aws). Default []. */
  implies?: string[];
  /** Free text: what counts as a mention. */
  description?: string;
}

/** A skills file: one category. */
export interface SkillFile {
  /** Category id for the file's entries (e.g. `databases`). */
  category: string;
  /** Category display name (e.g. `Databases`). Defaults to the id. */
  label?: string;
  skills: SkillEntry[];
}

/** One responsibility: a duty the posting gives the hire. */
export interface ResponsibilityEntry {
  /** Stable id (e.g. `build-backend`). */
  id: string;
  /** Display name. */
  label: string;
  /** Category id for rollups. Default `responsibilities`. */
  category?: string;
  /**
   * Verb lemmas ("build", "design"); every inflection counts (built, builds, building).
   * A verb must come before one of `objects` in the same duty sentence.
   */
  verbs?: string[];
  /** Nouns of action ("development", "design") that may come before or after an object. Default []. */
  nouns?: string[];
  /** Objects of the verbs ("APIs", "backend services"). Plurals count. */
  objects?: string[];
  /** Phrases that count on their own in a duty sentence ("on-call rotation"). Default []. */
  phrases?: string[];
  /** Max characters between the verb and the object. Default 90. */
  window?: number;
  description?: string;
}

/** The responsibilities file. */
export interface ResponsibilityFile {
  /** Category id and label for rollups. */
  category?: string;
  label?: string;
  /**
   * Cue phrases that make a sentence a duty outside a responsibilities section
   * ("you will", "responsible for"). Only the first file that sets cues is used unless
   * another file sets them too, in which case they are added.
   */
  cues?: string[];
  responsibilities: ResponsibilityEntry[];
}

/** Section headings by kind, for the section detector. */
export interface SectionFile {
  sections: Record<string, string[]>;
}
