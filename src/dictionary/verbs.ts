/**
 * Verb inflections for responsibility matching. The default dictionary ships them
 * precomputed (dictionaries/verb-forms.json, from `npm run compile-verbs`); compromise
 * is loaded only when a custom dictionary brings verbs the table lacks, so the hot path
 * never parses English.
 */

interface Conjugation {
  Infinitive?: string;
  PastTense?: string;
  PresentTense?: string;
  Gerund?: string;
  Participle?: string;
}

/** British doubled-l spellings compromise does not give (modelling, labelled). */
function britishVariants(form: string): string[] {
  const m = /^(.*[aeiou]l)(ed|ing)$/.exec(form);
  return m && !/ll(ed|ing)$/.test(form) ? [`${m[1]}l${m[2]}`] : [];
}

/** Conjugates lemmas with compromise (multi-word verbs: the first word is conjugated). */
export async function conjugateWithCompromise(lemmas: string[]): Promise<Map<string, string[]>> {
  const { default: nlp } = await import('compromise');
  const out = new Map<string, string[]>();
  for (const lemma of lemmas) {
    const [head, ...rest] = lemma.split(' ');
    const tail = rest.length ? ` ${rest.join(' ')}` : '';
    let c = (nlp(head).verbs().conjugate() as Conjugation[])[0];
    if (!c || c.Infinitive !== head) {
      const doc = nlp(head);
      doc.tag('Infinitive');
      c = (doc.verbs().conjugate() as Conjugation[])[0];
    }
    const forms = new Set<string>([head]);
    for (const f of [c?.PastTense, c?.PresentTense, c?.Gerund, c?.Participle]) {
      if (f && !f.includes(' ')) {
        forms.add(f);
        britishVariants(f).forEach((b) => forms.add(b));
      }
    }
    out.set(lemma, [...forms].map((f) => f + tail).sort());
  }
  return out;
}

/** Forms of each lemma: from the precomputed table, else from compromise. */
export async function inflectVerbs(lemmas: string[], table: Record<string, string[]>): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const missing: string[] = [];
  for (const lemma of lemmas) {
    if (table[lemma]) out.set(lemma, table[lemma]);
    else missing.push(lemma);
  }
  if (missing.length) for (const [lemma, forms] of await conjugateWithCompromise(missing)) out.set(lemma, forms);
  return out;
}
