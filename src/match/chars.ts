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

/** Canonical form of a whole term: folded characters, whitespace runs as one space, trimmed. */
export function foldTerm(term: string): string {
  let out = '';
  let inSpace = false;
  for (const ch of term.trim()) {
    if (ch.length === 1 && SPACE[ch.charCodeAt(0)]) {
      if (!inSpace) out += ' ';
      inSpace = true;
    } else {
      out += foldChar(ch);
      inSpace = false;
    }
  }
  return out;
}

/** True when the UTF-16 code unit at `i` is a word character (false outside the string). */
export function isWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && WORD[text.charCodeAt(i)] === 1;
}
