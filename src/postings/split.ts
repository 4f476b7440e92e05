import { codePointAt, isLetterOrNumber } from '../match/unicode.js';
import type { LineOrigin, Posting, SourceDocument } from '../types.js';
import { headingKind } from './sections.js';

/** How documents are cut into postings (`--split`). */
export type SplitMode = 'auto' | 'file' | 'page';

/** A separator line: 3+ of `-`, `_`, `=`, `*`, or `* * *`. */
export const SEPARATOR = /^[ \t]*(?:-{3,}|_{3,}|={3,}|\*{3,}|(?:\*[ \t]+){2,}\*|(?:-[ \t]+){2,}-)[ \t]*$/;
/** A numbered heading: `Job 12`, `Job #12:`, `Posting 3`, `## Position 4 -`. */
export const NUMBERED = /^[ \t]*(?:#{1,6}[ \t]*)?(?:\*\*|__)?[ \t]*(?:job|posting|position|vacancy|opening)[ \t]*(?:#|no\.?)?[ \t]*(\d{1,5})(?:\*\*|__)?[ \t]*(?:[:.)\]|–—-]|$)/i;
/** Words that make a line read as a job title. */
const JOB_TITLE = /\b(?:engineers?|developers?|programmers?|architects?|analysts?|scientists?|managers?|lead|leads|director|designers?|administrator|admin|consultants?|specialists?|interns?|internship|head of|officer|technician|devops|sre|lecturer|researcher|coordinator|associate|advocate|owner|expert|tester|qa|writer|executive|cto|vp|position|role|opening|vacancy|hiring|full[- ]?stack|back[- ]?end|front[- ]?end)\b/i;
/** A part needs this many words to be a posting of its own. */
const MIN_WORDS = 25;
const MIN_WORDS_NUMBERED = 8;
const SKIP_TITLE = /^\W*(?:url|link|source|apply|posted|date)\W*:.*|^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

interface Line {
  start: number;
  end: number;
  page: number | null;
  line: number;
}

interface Part {
  from: number;
  to: number;
  numbered: boolean;
}

/** Joins a document's pages into one text, remembering where each line came from. */
export function joinPages(doc: SourceDocument): { text: string; lines: Line[] } {
  let text = '';
  const lines: Line[] = [];
  for (const page of doc.pages) {
    if (text) text += '\n';
    const base = text.length;
    text += page.text;
    let start = 0;
    let n = page.firstLine ?? 1;
    for (;;) {
      const nl = page.text.indexOf('\n', start);
      const end = nl < 0 ? page.text.length : nl;
      lines.push({ start: base + start, end: base + end, page: page.page, line: n++ });
      if (nl < 0) break;
      start = nl + 1;
    }
  }
  return { text, lines };
}

/** Word characters of /[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*\/u for ASCII: 2 starts a word, 1 continues one. */
const WORD_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) WORD_CLASS[c] = 2;
}
for (const c of "'.+#-") WORD_CLASS[c.charCodeAt(0)] = 1;

/**
 * True when [start, end) holds at least `min` words, counted as the matches of
 * /[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*\/gu are: each run of word characters and `'’.+#-`
 * that holds a letter or digit is one word. Stops counting at `min`.
 */
function hasWords(text: string, start: number, end: number, min: number): boolean {
  let count = 0;
  let inRun = false;
  let hasLetter = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let cls: number;
    if (c < 128) {
      cls = WORD_CLASS[c];
    } else if (c === 0x2019) {
      cls = 1;
    } else {
      const cp = codePointAt(text, i, end);
      cls = isLetterOrNumber(cp) ? 2 : 0;
      if (cp > 0xffff) i++;
    }
    if (cls === 0) {
      if (inRun && hasLetter && ++count >= min) return true;
      inRun = false;
      hasLetter = false;
    } else {
      inRun = true;
      if (cls === 2) hasLetter = true;
    }
  }
  if (inRun && hasLetter) count++;
  return count >= min;
}

function titleLineIndex(text: string, lines: Line[], part: Part): number {
  for (let i = part.from; i < part.to; i++) {
    const t = text.slice(lines[i].start, lines[i].end).trim();
    if (t && !SEPARATOR.test(t) && !SKIP_TITLE.test(t)) return i;
  }
  return -1;
}

/** Clean title text from a title line: markup and `Job 12:` prefixes removed. */
export function cleanTitle(raw: string): string {
  return raw
    .replace(NUMBERED, '')
    .replace(/^[ \t]*#{1,6}[ \t]*/, '')
    .replace(/\*\*|__/g, '')
    .replace(/^[\s:–—|-]+/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

function markdownLevel(line: string): number {
  const m = /^[ \t]*(#{1,6})[ \t]/.exec(line);
  return m ? m[1].length : 0;
}

/**
 * Whether a part reads as a posting of its own: enough words, and a first line that is a
 * title (names a job, or is shaped like the first posting's title), not a section heading.
 */
function readsAsPosting(text: string, lines: Line[], part: Part, firstTitle: string, headings: [string, string][]): boolean {
  if (!hasWords(text, lines[part.from].start, lines[part.to - 1].end, part.numbered ? MIN_WORDS_NUMBERED : MIN_WORDS)) return false;
  if (part.numbered) return true;
  const ti = titleLineIndex(text, lines, part);
  if (ti < 0) return false;
  const title = text.slice(lines[ti].start, lines[ti].end).trim();
  if (title.length > 150 || /^[-*•]\s/.test(title)) return false;
  const kind = headingKind(title, headings);
  if (kind && kind !== 'other') return false;
  if (markdownLevel(title) > Math.max(markdownLevel(firstTitle), 1)) return false;
  return JOB_TITLE.test(title) || (markdownLevel(title) > 0 && markdownLevel(title) === markdownLevel(firstTitle));
}

/**
 * False when the line cannot be a separator or a numbered heading: after spaces and tabs
 * those start with `-_=*#`, or with job|posting|position|vacancy|opening.
 */
function mayCut(text: string, start: number, end: number): boolean {
  let i = start;
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  if (i >= end) return false;
  switch (text.charCodeAt(i) | 0x20) {
    case 0x2d /* - */:
    case 0x7f /* _ */:
    case 0x3d /* = */:
    case 0x2a /* * */:
    case 0x23 /* # */:
    case 0x6a /* j */:
    case 0x70 /* p */:
    case 0x76 /* v */:
    case 0x6f /* o */:
      return true;
    default:
      return false;
  }
}

function cut(text: string, lines: Line[], headings: [string, string][]): Part[] {
  const parts: Part[] = [];
  let from = 0;
  let numbered = false;
  for (let i = 0; i < lines.length; i++) {
    if (!mayCut(text, lines[i].start, lines[i].end)) continue;
    const t = text.slice(lines[i].start, lines[i].end);
    if (SEPARATOR.test(t)) {
      parts.push({ from, to: i, numbered });
      from = i + 1;
      numbered = false;
    } else if (NUMBERED.test(t)) {
      parts.push({ from, to: i, numbered });
      from = i;
      numbered = true;
    }
  }
  parts.push({ from, to: lines.length, numbered });
  const nonEmpty = parts.filter((p) => p.to > p.from && text.slice(lines[p.from].start, lines[p.to - 1].end).trim());
  if (nonEmpty.length <= 1) return nonEmpty.length ? [{ from: nonEmpty[0].from, to: nonEmpty[0].to, numbered: false }] : [];
  // Merge parts that do not read as postings into the one before (a section rule, not a new posting).
  const out: Part[] = [];
  const firstTitleIdx = titleLineIndex(text, lines, nonEmpty[0]);
  const firstTitle = firstTitleIdx < 0 ? '' : text.slice(lines[firstTitleIdx].start, lines[firstTitleIdx].end);
  for (const p of nonEmpty) {
    const prev = out[out.length - 1];
    if (prev && !readsAsPosting(text, lines, p, firstTitle, headings)) prev.to = p.to;
    else out.push({ ...p });
  }
  // A short preamble before the first real posting ("Exported postings, May 2026") is not one.
  if (out.length > 1 && !readsAsPosting(text, lines, out[0], firstTitle, headings) && !out[0].numbered) {
    if (!hasWords(text, lines[out[0].from].start, lines[out[0].to - 1].end, MIN_WORDS)) out.shift();
  }
  return out;
}

function toPosting(doc: SourceDocument, text: string, lines: Line[], part: Part, job: number): Posting {
  const base = lines[part.from].start;
  const ti = titleLineIndex(text, lines, part);
  let title = ti < 0 ? null : cleanTitle(text.slice(lines[ti].start, lines[ti].end));
  if (title === '' && ti >= 0) {
    const next = titleLineIndex(text, lines, { ...part, from: ti + 1 });
    title = next < 0 ? null : cleanTitle(text.slice(lines[next].start, lines[next].end));
  }
  const origins: LineOrigin[] = [];
  for (let i = part.from; i < part.to; i++) origins.push({ offset: lines[i].start - base, page: lines[i].page, line: lines[i].line });
  const pages = origins.map((o) => o.page).filter((p): p is number => p !== null);
  // Pages of lines with text only: a posting that starts at the foot of a page keeps that page.
  const textPages = origins
    .filter((o, i) => {
      const end = i + 1 < origins.length ? origins[i + 1].offset : Infinity;
      return o.page !== null && text.slice(base + o.offset, Math.min(base + end, lines[part.to - 1].end)).trim() !== '';
    })
    .map((o) => o.page as number);
  const usable = textPages.length ? textPages : pages;
  return {
    job,
    file: doc.file,
    title: title || null,
    text: text.slice(base, lines[part.to - 1].end),
    lines: origins,
    firstPage: usable.length ? Math.min(...usable) : null,
    lastPage: usable.length ? Math.max(...usable) : null,
  };
}

/**
 * Cuts a document into postings. `auto` splits on separator lines and numbered headings
 * where each part reads as a posting of its own; `file` keeps the document whole; `page`
 * makes each page a posting. Records of tabular inputs are always one posting each.
 * Jobs are numbered from `firstJob`.
 */
export function splitDocument(doc: SourceDocument, mode: SplitMode, headings: [string, string][], firstJob: number): Posting[] {
  const units: SourceDocument[] =
    doc.recordsArePostings || mode === 'page' ? doc.pages.map((p) => ({ ...doc, pages: [p] })) : [doc];
  const out: Posting[] = [];
  for (const unit of units) {
    const { text, lines } = joinPages(unit);
    if (!text.trim()) continue;
    const parts = mode === 'auto' && !doc.recordsArePostings ? cut(text, lines, headings) : [{ from: 0, to: lines.length, numbered: false }];
    for (const part of parts) {
      const posting = toPosting(unit, text, lines, part, firstJob + out.length);
      const page = unit.pages[0];
      if (doc.recordsArePostings) {
        if (page.title) posting.title = page.title;
        if (page.row !== undefined) posting.row = page.row;
      }
      out.push(posting);
    }
  }
  return out;
}
