/** Character tables shared by the automaton and the hit checks. */

/** 1 for characters that make up words (letters, digits, `_`), else 0. Indexed by UTF-16 code unit. */
export const WORD = new Uint8Array(65536);
/** 1 for whitespace (runs of it fold to one space), else 0. */
export const SPACE = new Uint8Array(65536);

/**
 * Every UTF-16 code unit but the surrogates (each of which alone is neither a word
 * character nor whitespace), in order: one regular expression run over it classifies them
 * all, as testing each alone would, far faster than 65,536 separate tests.
 */
const UNITS = (() => {
  const parts: string[] = [];
  for (let c = 0; c < 65536; c += 4096) {
    const codes: number[] = [];
    for (let u = c; u < c + 4096; u++) if (u < 0xd800 || u > 0xdfff) codes.push(u);
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
})();
for (const [table, re] of [
  [WORD, /[\p{L}\p{N}_]+/gu],
  [SPACE, /\s+/gu],
] as const) {
  for (let m = re.exec(UNITS); m; m = re.exec(UNITS)) {
    for (let i = m.index, end = m.index + m[0].length; i < end; i++) table[UNITS.charCodeAt(i)] = 1;
  }
}

/** Canonical form of a character for matching: lower case; typographic variants folded. */
export function foldChar(ch: string): string {
  switch (ch) {
    case '\u2010':
    case '\u2011':
      return '-';
    case '\u2018':
    case '\u2019':
    case '\u02bc':
      return "'";
    case '\uff0b':
      return '+';
    default: {
      const lower = ch.toLowerCase();
      // Some characters lower-case to two code units (e.g. U+0130); keep those as they are.
      return lower.length === 1 ? lower : ch;
    }
  }
}

/** foldChar of every UTF-16 code unit (each folds to one unit; a surrogate to itself). */
// foldChar of each code unit, filled as units are met (0: not yet; no unit folds to 0 but 0).
const folded = new Uint16Array(65536);
for (let c = 0; c < 128; c++) folded[c] = c >= 65 && c <= 90 ? c + 32 : c;

/** foldChar of one UTF-16 code unit (each folds to one unit; a surrogate to itself, so a pair is kept as it is). */
export function foldUnit(c: number): number {
  const f = folded[c];
  if (f !== 0 || c === 0) return f;
  const u = c >= 0xd800 && c <= 0xdfff ? c : foldChar(String.fromCharCode(c)).charCodeAt(0);
  folded[c] = u;
  return u;
}

/** foldUnit of every code unit, as a table. */
export function foldTable(): Uint16Array {
  for (let c = 128; c < 65536; c++) foldUnit(c);
  return folded;
}

/** Canonical form of a whole term: folded characters, whitespace runs as one space, trimmed. */
export function foldTerm(term: string): string {
  const t = term.trim();
  const n = t.length;
  // Runs of units that fold to themselves are copied whole; most terms are one such run.
  let out = '';
  let run = 0;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    if (SPACE[c] === 1) {
      if (c === 32 && (i + 1 >= n || SPACE[t.charCodeAt(i + 1)] !== 1)) continue;
      // A run of whitespace (or one that is not a plain space) becomes one space.
      out += t.slice(run, i) + ' ';
      while (i + 1 < n && SPACE[t.charCodeAt(i + 1)] === 1) i++;
      run = i + 1;
    } else {
      const f = foldUnit(c);
      if (f === c) continue;
      out += t.slice(run, i) + String.fromCharCode(f);
      run = i + 1;
    }
  }
  return run === 0 ? t : out + t.slice(run);
}

/** True when the UTF-16 code unit at `i` is a word character (false outside the string). */
export function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD[text.charCodeAt(i)] === 1;
}
