import { SPACE, WORD, foldChar } from './chars.js';

/** Characters that open (`([<"'`) or close (`)]>"'`) a token around a name. */
const OPENS = new Uint8Array(65536);
const CLOSES = new Uint8Array(65536);
for (const c of '(<["\'') OPENS[c.charCodeAt(0)] = 1;
for (const c of ')>]"\'') CLOSES[c.charCodeAt(0)] = 1;
const FINAL_PUNCTUATION = new Uint8Array(65536);
for (const c of '.,;:!?') FINAL_PUNCTUATION[c.charCodeAt(0)] = 1;

const TLD = /\.(?:com|org|net|io|ai|dev|co|app|jobs|careers|us|uk|de|fr|eu|gg|me|so|sh|xyz|tech|info|biz|ly|to)(?:[/:?#]|$)/;

/**
 * True when [start, end) lies inside a URL, an e-mail address or a bare domain name
 * (`https://x.com/python`, `jobs@python.org`, `serpapi.com`): names there are not skills.
 */
export function insideUrlOrEmail(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && !SPACE[text.charCodeAt(a - 1)] && !OPENS[text.charCodeAt(a - 1)]) a--;
  while (b < text.length && !SPACE[text.charCodeAt(b)] && !CLOSES[text.charCodeAt(b)]) b++;
  // The token without its final punctuation (what /[.,;:!?]+$/ removes).
  let c = b;
  while (c > a && FINAL_PUNCTUATION[text.charCodeAt(c - 1)]) c--;
  if (c - a === end - start) return false;
  const token = text.slice(a, c);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(token) || /^www\./i.test(token)) return true;
  if (/[\w.+-]@[\w-]+\.[\w.-]+/.test(token)) return true;
  return TLD.test(token);
}

/** The `count` tokens after `end` (words, or single punctuation characters), folded. */
export function tokensAfter(text: string, end: number, count: number): string[] {
  const out: string[] = [];
  let i = end;
  while (out.length < count && i < text.length) {
    while (i < text.length && SPACE[text.charCodeAt(i)]) i++;
    if (i >= text.length) break;
    if (WORD[text.charCodeAt(i)] || text[i] === "'") {
      let j = i;
      while (j < text.length && (WORD[text.charCodeAt(j)] || text[j] === "'" || text[j] === '’')) j++;
      out.push(foldWord(text.slice(i, j)));
      i = j;
    } else {
      out.push(foldChar(text[i]));
      i++;
    }
  }
  return out;
}

/** The `count` tokens before `start`, nearest last, folded. */
export function tokensBefore(text: string, start: number, count: number): string[] {
  const out: string[] = [];
  let i = start - 1;
  while (out.length < count && i >= 0) {
    while (i >= 0 && SPACE[text.charCodeAt(i)]) i--;
    if (i < 0) break;
    if (WORD[text.charCodeAt(i)] || text[i] === "'" || text[i] === '’') {
      let j = i;
      while (j >= 0 && (WORD[text.charCodeAt(j)] || text[j] === "'" || text[j] === '’')) j--;
      out.unshift(foldWord(text.slice(j + 1, i + 1)));
      i = j;
    } else {
      out.unshift(foldChar(text[i]));
      i--;
    }
  }
  return out;
}

function foldWord(w: string): string {
  const lower = w.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** True when `sequence` equals the first tokens of `tokens`. */
export function startsWithTokens(tokens: string[], sequence: string[]): boolean {
  return sequence.length > 0 && sequence.length <= tokens.length && sequence.every((t, i) => tokens[i] === t);
}

/** True when `sequence` equals the last tokens of `tokens`. */
export function endsWithTokens(tokens: string[], sequence: string[]): boolean {
  const off = tokens.length - sequence.length;
  return sequence.length > 0 && off >= 0 && sequence.every((t, i) => tokens[off + i] === t);
}

/** True when the folded sentence contains `word` as whole words. */
export function containsWord(foldedSentence: string, word: string): boolean {
  let from = 0;
  for (;;) {
    const i = foldedSentence.indexOf(word, from);
    if (i < 0) return false;
    const before = i === 0 || !WORD[foldedSentence.charCodeAt(i - 1)];
    const j = i + word.length;
    const after = j >= foldedSentence.length || !WORD[foldedSentence.charCodeAt(j)];
    if (before && after) return true;
    from = i + 1;
  }
}
