import type { AnalysisResult } from '../types.js';
import type { ReportOptions } from './options.js';

/** A reporter turns the aggregate into text. Pure: no I/O, no computation of figures. */
export type Reporter = (result: AnalysisResult, options: ReportOptions) => string;

/**
 * Aggregate reporters by format name, loaded on demand so that `--format json` never
 * loads the table libraries. (`jsonl` is per posting: see reporters/jsonl.ts.)
 */
export const REPORTERS: Record<string, () => Promise<Reporter>> = {
  json: async () => (await import('./json.js')).renderJson,
  table: async () => (await import('./table.js')).renderTable,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
  csv: async () => (await import('./csv.js')).renderCsv,
  html: async () => (await import('./html.js')).renderHtml,
};

/** Every format the CLI accepts. */
export const FORMATS = ['table', 'json', 'jsonl', 'markdown', 'csv', 'html'] as const;
export type Format = (typeof FORMATS)[number];
