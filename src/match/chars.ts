/** Character tables shared by the automaton and the hit checks. */

/** 1 for characters that make up words (letters, digits, `_`), else 0. Indexed by UTF-16 code unit. */
export const WORD = new Uint8Array(65536);
/** 1 for whitespace (runs of it fold to one space), else 0. */
export const SPACE = new Uint8Array(65536);

for (let c = 0; c < 65536; c++) {
  const ch = String.fromCharCode(c);
  if (/[\p{L}\p{N}_]/u.test(ch)) WORD[c] = 1;
  if (/\s/u.test(ch)) SPACE[c] = 1;
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
export const FOLD = new Uint16Array(65536);
for (let c = 0; c < 65536; c++) FOLD[c] = c;
for (let c = 65; c <= 90; c++) FOLD[c] = c + 32;
for (let c = 128; c < 65536; c++) {
  // Surrogates fold to themselves (a pair is kept as it is, like foldChar does).
  if (c >= 0xd800 && c <= 0xdfff) continue;
  FOLD[c] = foldChar(String.fromCharCode(c)).charCodeAt(0);
}

/** Canonical form of a whole term: folded characters, whitespace runs as one space, trimmed. */
export function foldTerm(term: string): string {
  const t = term.trim();
  const n = t.length;
  // Most terms are folded already and come back as they are.
  let i = 0;
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (FOLD[c] !== c || (SPACE[c] === 1 && (c !== 32 || (i + 1 < n && SPACE[t.charCodeAt(i + 1)] === 1)))) break;
  }
  if (i === n) return t;
  let out = t.slice(0, i);
  let inSpace = false;
  for (; i < n; i++) {
    const c = t.charCodeAt(i);
    if (SPACE[c] === 1) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += String.fromCharCode(FOLD[c]);
      inSpace = false;
    }
  }
  return out;
}

/** True when the UTF-16 code unit at `i` is a word character (false outside the string). */
export function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD[text.charCodeAt(i)] === 1;
}
