import type { Sentence, Strength } from '../types.js';

/** Wording that softens a requirement ("a plus", "nice to have", "ideally"). */
const PREFERRED_CUE = /\b(?:nice[- ]to[- ]haves?|(?:is|are|would be|will be)?\s*an? (?:big |huge |strong )?(?:plus|bonus|advantage)|bonus(?: points)?|preferred|preferably|prefer|ideally|desirable|desired|advantageous|good to have|nice if|optional|pluses|encouraged)\b/i;
/** Wording that makes a requirement firm. */
const REQUIRED_CUE = /\b(?:required|must|mandatory|essential|need to have|needed)\b/i;
/** Negated firm wording ("not mandatory", "isn't required") counts as softening, not as firm. */
const NEGATED_REQUIRED = /\b(?:not|n't|no)\s+(?:strictly\s+|necessarily\s+)?(?:required|mandatory|essential|a must|needed|a requirement)\b/gi;
/**
 * Wording of a qualification ("experience with", "5+ years", "you should be strong in",
 * "familiar with"): a requirement unless softened.
 */
const QUALIFICATION_CUE = /\b(?:(?<!user |customer |developer |candidate |guest |patient |player |shopping |learning )experience\b|experienced|expertise|proficien(?:t|cy)|familiar(?:ity)? with|knowledge of|understanding of|background in|skills? (?:in|with)|fluen(?:t|cy) in|comfortable (?:with|in)|hands-on|track record|\d+\+?\s*(?:years|yrs)|you (?:should|must|need to|will need to) (?:be|have|know)|you (?:have|bring|know)\b|strong (?:skills|knowledge|experience|proficiency|understanding|background|command|coder|programmer|engineer|developer)|(?:solid|deep|strong|excellent) (?:\w+ ){0,2}(?:skills|knowledge|understanding))/i;
/** A sentence that qualifies the one before it ("familiarity with these technologies is preferred"). */
const ANAPHORA = /\b(?:these|those|the above|above|this stack|the following)\b/i;

/** Strengths from weakest to strongest, and each one's place in that order. */
export const STRENGTHS: readonly Strength[] = ['negated', 'unspecified', 'preferred', 'required'];
export const RANK: Record<Strength, number> = { negated: 0, unspecified: 1, preferred: 2, required: 3 };

/** The stronger of two strengths (required > preferred > unspecified > negated). */
export function stronger(a: Strength, b: Strength): Strength {
  return RANK[a] >= RANK[b] ? a : b;
}

/** Bits of a sentence's cue-word mask: words without which a cue cannot match (SIGNALS). */
export const CUE_FIRM = 1;
export const CUE_SOFT = 2;
export const CUE_QUALIFICATION = 4;
export const CUE_ANAPHORA = 8;
export const ALL_CUES = 15;

/**
 * The cue words of one sentence, each looked for only when a decision needs it, and only
 * when the sentence holds a word the cue needs (`words`, a mask of CUE_* bits).
 */
class Cues {
  private isFirm: boolean | undefined;
  private isSoft: boolean | undefined;
  private isQualification: boolean | undefined;

  constructor(
    readonly body: string,
    readonly words = ALL_CUES,
  ) {}

  get firm(): boolean {
    if (this.isFirm === undefined) {
      NEGATED_REQUIRED.lastIndex = 0;
      this.isFirm = (this.words & CUE_FIRM) !== 0 && REQUIRED_CUE.test(this.body.replace(NEGATED_REQUIRED, ' '));
    }
    return this.isFirm;
  }

  get soft(): boolean {
    if (this.isSoft === undefined) {
      NEGATED_REQUIRED.lastIndex = 0;
      const softened = (this.words & CUE_FIRM) !== 0 && NEGATED_REQUIRED.test(this.body);
      NEGATED_REQUIRED.lastIndex = 0;
      this.isSoft = softened || ((this.words & CUE_SOFT) !== 0 && PREFERRED_CUE.test(this.body));
    }
    return this.isSoft;
  }

  get qualification(): boolean {
    if (this.isQualification === undefined) this.isQualification = (this.words & CUE_QUALIFICATION) !== 0 && QUALIFICATION_CUE.test(this.body);
    return this.isQualification;
  }

  /** The sentence points back ("these technologies"). */
  get anaphora(): boolean {
    return (this.words & CUE_ANAPHORA) !== 0 && ANAPHORA.test(this.body);
  }
}

function decide(section: Sentence['section'], c: Cues): Exclude<Strength, 'negated'> {
  switch (section) {
    case 'requirements':
      return c.soft && !c.firm ? 'preferred' : 'required';
    case 'preferred':
      return c.firm && !c.soft ? 'required' : 'preferred';
    case 'responsibilities':
      // Duties name what the hire will use, not what is asked of them ("as required").
      return 'unspecified';
    default:
      if (c.firm) return 'required';
      if (c.soft) return 'preferred';
      return c.qualification && section !== 'about' && section !== 'benefits' ? 'required' : 'unspecified';
  }
}

/**
 * How strongly each sentence asks for what it names: by its section (requirements, nice
 * to have) and by cue words ("required", "a plus", "experience with"). A sentence like
 * "familiarity with these technologies is preferred" passes its strength back to the
 * sentence before it when that one has no cue of its own.
 */
export function sentenceStrengths(text: string, sentences: Sentence[]): Exclude<Strength, 'negated'>[] {
  const strengths = new LazyStrengths(text, sentences);
  return sentences.map((_, i) => strengths.of(i));
}

/**
 * The strengths of sentenceStrengths, computed only for the sentences asked about, each
 * once: a sentence's strength needs its own cues and, when it has none that decide, those
 * of the sentence after it (the anaphora rule above).
 */
export class LazyStrengths {
  private readonly cueCache: (Cues | undefined)[] = [];
  private readonly base: (Exclude<Strength, 'negated'> | undefined)[] = [];
  private readonly done: (Exclude<Strength, 'negated'> | undefined)[] = [];

  /** `words`, when given, holds each sentence's CUE_* mask (a sentence without a cue's words cannot have it). */
  constructor(
    private readonly text: string,
    private readonly sentences: Sentence[],
    private readonly words?: Uint8Array,
  ) {}

  private cuesOf(i: number): Cues {
    let c = this.cueCache[i];
    if (c === undefined) {
      const s = this.sentences[i];
      c = new Cues(this.text.slice(s.start, s.end), this.words ? this.words[i] : ALL_CUES);
      this.cueCache[i] = c;
    }
    return c;
  }

  private baseOf(i: number): Exclude<Strength, 'negated'> {
    let b = this.base[i];
    if (b === undefined) {
      const section = this.sentences[i].section;
      // Duties never ask: no cue changes that.
      b = section === 'responsibilities' ? 'unspecified' : decide(section, this.cuesOf(i));
      this.base[i] = b;
    }
    return b;
  }

  /** The strength of sentence `i`. */
  of(i: number): Exclude<Strength, 'negated'> {
    let out = this.done[i];
    if (out !== undefined) return out;
    out = this.baseOf(i);
    const next = i + 1;
    if (out === 'unspecified' && next < this.sentences.length && !this.sentences[i].heading && !this.sentences[next].heading) {
      const c = this.cuesOf(next);
      if (c.anaphora && (c.firm || c.soft)) out = this.baseOf(next);
    }
    this.done[i] = out;
    return out;
  }
}

