import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledDictionary } from '../../../src/dictionary/compile.js';
import { buildAutomaton, HitBuffer, scanHits } from '../../../src/match/automaton.js';
import { SIGNALS } from '../../../src/dictionary/signals.js';
import { checkHits } from '../../../src/match/hits.js';
import { TermList } from '../../../src/match/terms.js';
import { scanWords } from '../../../src/match/word-scan.js';
import { loadDictionary } from '../../../src/run.js';

let dict: CompiledDictionary;
beforeAll(async () => {
  dict = await loadDictionary();
});

/** What checkHits found, as plain data. */
function checked(text: string, raw: HitBuffer, d: CompiledDictionary = dict) {
  const terms = new TermList();
  const { aliases, signals, headingAt } = checkHits(d, text, terms, raw);
  return {
    aliases: aliases.map((h) => [h.start, h.end, h.target.kind, h.target.term]),
    terms: Array.from({ length: terms.length }, (_, i) => [terms.start[i], terms.end[i], terms.kind[i], terms.term[i]]),
    signals,
    headingAt,
  };
}

// Texts that stress the boundary checks the scan makes early: dictionary words glued to
// letters, digits and suffixes on either side, camel humps, sentence starters, punctuation.
const arbText = (maxLength = 40) =>
  fc
    .array(
      fc.oneof(
        fc.nat().map((n) => dict.patterns[n % dict.patterns.length]),
        fc.constantFrom('We', 'Experience', 'you', 'our', 'Requirements', 'years', 'r', 'c', 'go', 'ts', 'R', 'C', 'Go', 'API', 'APIs', 'AWS'),
        fc.constantFrom(' ', ' ', ' ', ', ', '. ', '\n', '\n\n', '-', '/', '(', ')', "'s", 's', 'es', 'ES', '3', '.5', '#', '++', '.js', 'x', 'X', 'ing', '  ', '\t', ':'),
        fc.constantFrom("'", '\u02bc', '\u2019', '_', '\u00e9', '\u4e2d', '\u00a0', '"', '*', '\u2022', '!', ';', '9'),
      ),
      { maxLength },
    )
    .chain((parts) => fc.array(fc.boolean(), { minLength: parts.length, maxLength: parts.length }).map((caps) => parts.map((p, i) => (caps[i] ? p.toUpperCase() : p)).join('')));

/** scanWords' hits, checked, equal the checked hits of every raw hit of `reference`'s automaton. */
function expectSameAsEveryHit(text: string, reference: CompiledDictionary = dict, message?: string): void {
  const words = new HitBuffer();
  const all = new HitBuffer();
  scanWords(dict, text, words);
  scanHits(reference.automaton, text, all);
  expect(checked(text, words), message).toEqual(checked(text, all, reference));
}

describe('scanWords', () => {
  it('leaves out only hits that the hit checks drop anyway (same result as every raw hit)', () => {
    fc.assert(
      fc.property(arbText(), (text) => {
        expectSameAsEveryHit(text);
      }),
      { numRuns: 3000 },
    );
  });

  // From 512 code units the scan runs as two chains over the halves (see scanWords).
  it('gives the same checked hits from two chains over long texts as from one', () => {
    fc.assert(
      fc.property(arbText(160), fc.nat(), (body, shift) => {
        const pad = ' '.repeat(shift % 400);
        const text = (pad + body + body).padEnd(520, '.');
        expectSameAsEveryHit(text);
      }),
      { numRuns: 1500 },
    );
  });

  it('finds matches that span the middle, across whitespace runs and glued words', () => {
    const middles = ['machine    learning', 'Ruby on\n  Rails', 'experiencePython', 'AWSPreviously', 'CI/CD', 'C++', 'Node.js', 'We', 'r', 'Requirements:'];
    const before = ('x '.repeat(150) + 'Python, ').slice(-300);
    const filler = ' and Kubernetes. ' + 'y '.repeat(400);
    for (const m of middles) {
      for (let k = 0; k <= m.length; k++) {
        // The text's middle (length >> 1) is k units into m.
        const text = before + m + filler.slice(0, before.length + 2 * k - m.length);
        expect(text.length >> 1).toBe(before.length + k);
        expectSameAsEveryHit(text, dict, `${JSON.stringify(m)} at ${k}`);
      }
    }
  });

  // The automaton enters single letters ("c", "r") only after units that are no word
  // characters; one built without that reports them everywhere, as it used to.
  it('finds what an automaton that reports single letters everywhere finds', () => {
    const headingWords = [...new Set(dict.headings.map(([p]) => p))];
    const plain = { ...dict, automaton: buildAutomaton([...dict.patterns, ...SIGNALS.map(([w]) => w), ...headingWords]) };
    expect(dict.automaton.start).not.toBe(0);
    fc.assert(
      fc.property(fc.oneof(arbText(), arbText(160)), (text) => {
        expectSameAsEveryHit(text, plain);
      }),
      { numRuns: 3000 },
    );
  });
});
