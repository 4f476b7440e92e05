import { Chalk } from 'chalk';
import type { ExplainEntry, PostingExplanation } from '../explain.js';
import { oneLine } from './bars.js';

/** Longest span quoted in an explanation line. */
const MAX_SPAN = 80;

function why(e: ExplainEntry): string {
  const how = 'alias' in e.how ? `alias "${oneLine(e.how.alias)}"` : 'via' in e.how ? `implied by ${e.how.via}` : `rule ${e.how.rule}`;
  return e.negated ? `${how}, negated: not counted` : how;
}

function span(text: string): string {
  const t = oneLine(text);
  return t.length > MAX_SPAN ? `${t.slice(0, MAX_SPAN - 1)}…` : t;
}

/** One entry: `job 3, line 12: "Postgres" -> postgresql (alias "Postgres")`. */
export function explainLine(job: number, e: ExplainEntry): string {
  const where = `job ${job}, ${e.page === null ? '' : `page ${e.page}, `}line ${e.line}`;
  return `${where}: "${span(e.text)}" -> ${e.id} (${why(e)})`;
}

function blockLines(x: PostingExplanation): string[] {
  const head = `Job ${x.job} — ${oneLine(x.file)}${x.title ? ` — ${oneLine(x.title)}` : ''}`;
  const lines = x.entries.map((e) => `  ${explainLine(x.job, e)}`);
  return [head, ...(lines.length ? lines : ['  (no matches)'])];
}

/** The explanation as plain text, one block per posting (after a table, or on stderr). */
export function renderExplanationText(list: PostingExplanation[], color: boolean): string {
  const c = new Chalk({ level: color ? 1 : 0 });
  const blocks = list.map((x) => {
    const [head, ...rest] = blockLines(x);
    return [c.bold(head), ...rest].join('\n');
  });
  return `${c.bold('Explanation: why each item matched')}\n\n${blocks.join('\n\n')}\n`;
}

/** The explanation as a Markdown section with one fenced block per posting. */
export function renderExplanationMarkdown(list: PostingExplanation[]): string {
  const blocks = list.map((x) => ['```text', ...blockLines(x).map((l) => l.replace(/`/g, "'")), '```'].join('\n'));
  return `## Explanation\n\n${blocks.join('\n\n')}\n`;
}
