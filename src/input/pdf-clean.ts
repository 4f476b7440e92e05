/**
 * Repairs for what PDF text extraction breaks. Pure functions over lines of text; every
 * repair keeps each page's line count (or records dropped header lines in `firstLine`),
 * so a citation's page and line still point at the right place in the PDF.
 */

const LIGATURES: Record<string, string> = {
  '\ufb00': 'ff',
  '\ufb01': 'fi',
  '\ufb02': 'fl',
  '\ufb03': 'ffi',
  '\ufb04': 'ffl',
  '\ufb05': 'st',
  '\ufb06': 'st',
};

/** Replaces typographic ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ) with their letters, so "ﬁnance" matches "finance". */
export function replaceLigatures(text: string): string {
  return text.replace(/[\ufb00-\ufb06]/g, (c) => LIGATURES[c]);
}

/**
 * Bullet glyphs word processors print at the start of list items: Word's Symbol-font
 * bullet (U+F0B7, often extracted as "·"), Wingdings squares and arrows (U+F0A7, U+F0D8),
 * and the Unicode bullets, squares, circles and arrows.
 */
const BULLET_AT_START = /^([ \t]*)[\uf0b7\uf0a7\uf0d8\uf076\uf0fc•▪◦●·■□○◆◇♦‣⁃➢➤►▶✓✔❖][ \t]*/;

/** Turns a bullet glyph at the start of a line into "- ", the list marker every later stage knows. */
export function normalizeBullet(line: string): string {
  return line.replace(BULLET_AT_START, '$1- ');
}

/** A line that ends in a word of lowercase letters broken by a hyphen ("develop-"), not in a compound ("end-to-"). */
const BROKEN_END = /(^|[\s([{"'“‘/])(\p{Ll}+)-$/u;
/** The start of a line that continues a broken word: lowercase letters, then anything up to the next space. */
const CONTINUES = /^[ \t]*(\p{Ll}+)(\S*)[ \t]*/u;

/**
 * First parts that make a hyphenated compound rather than a hyphenated word ("self-",
 * "cross-", "non-", "semi-", "well-"): a line-end hyphen after them is a real one.
 */
const COMPOUND_HEADS = new Set(['self', 'cross', 'non', 'semi', 'well']);

/**
 * Rejoins words hyphenated across line ends ("develop-" / "ment" -> "development"): when
 * a line ends with lowercase letters and a hyphen and the next line starts with lowercase
 * letters. The rest of the word moves up to the first line, so no line is added or lost.
 * Whether "user-" / "centered" is a real compound cannot be known from one line, so the
 * hyphen is kept only on evidence: the document spells the pair elsewhere hyphenated
 * ("user-centered") or as two words ("user centered"), the broken word is already a
 * compound ("end-to-" / "end"), or the first part is a compound head ("self-", "non-").
 * `lines` may span pages; empty lines (a page left empty) are stepped over.
 */
export function joinHyphenated(lines: string[]): string[] {
  const out = lines.slice();
  const whole = lines.join('\n');
  for (let i = 0; i < out.length; i++) {
    const line = out[i].trimEnd();
    if (!line.endsWith('-')) continue;
    let j = i + 1;
    while (j < out.length && out[j].trim() === '') j++;
    if (j >= out.length) break;
    const next = CONTINUES.exec(out[j]);
    if (!next) continue;
    const broken = BROKEN_END.exec(line);
    const compound = /[\p{L}\p{N}]-\p{L}+-$/u.test(line);
    if (!broken && !compound) continue;
    const left = broken ? broken[2] : '';
    const keepHyphen = compound || COMPOUND_HEADS.has(left) || spelledApart(whole, left, next[1]);
    out[i] = (keepHyphen ? line : line.slice(0, -1)) + next[1] + next[2];
    out[j] = out[j].slice(next[0].length);
  }
  return out;
}

/** True when the text spells "left-right" or "left right" somewhere (the document's own spelling of the pair). */
function spelledApart(text: string, left: string, right: string): boolean {
  return new RegExp(`(?<!\\p{L})${left}(?:-|\\s+)${right}(?!\\p{L})`, 'iu').test(text);
}

/** How many lines deep, from the top and from the bottom of a page, running headers and footers can go. */
const DEPTH = 3;
/** A line that opens a numbered posting ("Job 3", "Posting 12:") is content, even when it heads every page. */
const NUMBERED_POSTING = /^\W*(?:job|posting|position|vacancy|opening)\s*(?:#|no\.?)?\s*\d/i;

/** A line's identity for header/footer detection: case, spacing and digits ignored. */
function runningKey(line: string): string {
  return line.trim().replace(/\s+/g, ' ').replace(/\d+/g, '#').toLowerCase();
}

/** Numbers in a line minus the page number: the same offset on every page marks a page number. */
function pageOffsets(line: string, page: number): number[] {
  return (line.match(/\d+/g) ?? []).map((d) => Number(d) - page);
}

/** The outermost line of a page not yet removed and not blank, from the top or the bottom; -1 when none. */
function outermost(lines: string[], removed: Set<number>, top: boolean): number {
  for (let k = 0; k < lines.length; k++) {
    const i = top ? k : lines.length - 1 - k;
    if (!removed.has(i) && lines[i].trim()) return i;
  }
  return -1;
}

/**
 * Which of these edge lines (one per page, or null) are running lines: the same line, its
 * digits normalised, on at least 60% of the pages (and at least 3). A line with numbers
 * counts only when it is the same everywhere or one of its numbers follows the page
 * number ("Page 3 of 13", "- 3 -"), so "Requirement 7", "Requirement 2" are kept. Lines
 * without letters or digits (separator rules) and numbered job headings are never running.
 */
function runningEdges(pages: string[][], edges: number[]): boolean[] {
  const groups = new Map<string, number[]>();
  edges.forEach((i, p) => {
    if (i < 0) return;
    const line = pages[p][i];
    if (!/[\p{L}\p{N}]/u.test(line) || NUMBERED_POSTING.test(line)) return;
    const key = runningKey(line);
    groups.set(key, [...(groups.get(key) ?? []), p]);
  });
  const needed = Math.max(3, Math.ceil(pages.length * 0.6));
  const running = new Array<boolean>(pages.length).fill(false);
  for (const [key, members] of groups) {
    if (members.length < needed) continue;
    const lines = members.map((p) => pages[p][edges[p]].trim());
    const same = lines.every((l) => l === lines[0]);
    const offsets = members.map((p) => new Set(pageOffsets(pages[p][edges[p]], p + 1)));
    const followsPage = [...offsets[0]].some((o) => offsets.every((set) => set.has(o)));
    if (!key.includes('#') || same || followsPage) for (const p of members) running[p] = true;
  }
  return running;
}

/** One page after cleaning: its text and the number of its first line in the extracted page. */
export interface CleanPage {
  text: string;
  firstLine: number;
}

/**
 * Removes running headers, footers and page numbers (documents of 3+ pages only), peeling
 * them off from the page edges inward, up to 3 lines deep, so a line inside the page is
 * never taken for one. A removed line at the top shifts the page's `firstLine`, so the
 * lines after it keep their numbers in the extracted page.
 */
export function removeRunningLines(pages: string[][]): CleanPage[] {
  const removed = pages.map(() => new Set<number>());
  if (pages.length >= 3) {
    for (const top of [true, false]) {
      for (let round = 0; round < DEPTH; round++) {
        const edges = pages.map((lines, p) => outermost(lines, removed[p], top));
        const running = runningEdges(pages, edges);
        if (!running.some(Boolean)) break;
        running.forEach((r, p) => r && removed[p].add(edges[p]));
      }
    }
  }
  return pages.map((lines, p) => {
    const kept = lines.map((l, i) => (removed[p].has(i) ? '' : l));
    let first = 0;
    while (first < kept.length && kept[first].trim() === '') first++;
    let last = kept.length;
    while (last > first && kept[last - 1].trim() === '') last--;
    return { text: kept.slice(first, last).join('\n'), firstLine: first + 1 };
  });
}

/**
 * All PDF repairs, page by page: ligatures, running headers/footers and page numbers,
 * bullet glyphs, then words hyphenated across line ends (also across a page break, once
 * the footer and header between them are gone).
 */
export function cleanPdfPages(pageTexts: string[]): CleanPage[] {
  const pages = removeRunningLines(pageTexts.map((t) => replaceLigatures(t).split('\n')));
  const lines = pages.map((p) => (p.text ? p.text.split('\n').map(normalizeBullet) : []));
  const joined = joinHyphenated(lines.flat());
  let at = 0;
  return pages.map((p, i) => {
    const n = lines[i].length;
    const text = joined.slice(at, at + n).join('\n');
    at += n;
    return { text, firstLine: p.text ? p.firstLine : 1 };
  });
}
