import type { CompiledDictionary } from './dictionary/compile.js';
import type { ReadOutcome } from './input/read.js';
import { analyzePosting, type EvidenceWanted, type PostingAnalysis } from './match/posting.js';
import { splitDocument, type SplitMode } from './postings/split.js';
import type { InputStatus, PostingResult } from './types.js';

/** What one input file gave: its status and its postings' results, numbered from `firstJob`. */
export interface FileAnalysis {
  status: InputStatus;
  results: PostingResult[];
}

/** Optional hooks of analyzeOutcome. */
export interface AnalyzeHooks {
  /** Sees each posting's full analysis (for --explain). */
  each?: (analysis: PostingAnalysis) => void;
  /** The evidence anyone will read (default: all). */
  wanted?: EvidenceWanted;
}

/**
 * Splits a read document into postings and analyzes each, numbering jobs from
 * `firstJob`, and returns the results. A document with no posting text becomes
 * `skipped: empty`.
 */
export function analyzeOutcome(dict: CompiledDictionary, outcome: ReadOutcome, split: SplitMode, firstJob: number, { each, wanted }: AnalyzeHooks = {}): FileAnalysis {
  const results: PostingResult[] = [];
  if (outcome.doc) {
    for (const posting of splitDocument(outcome.doc, split, dict.headings, firstJob)) {
      const analysis = analyzePosting(dict, posting, wanted);
      each?.(analysis);
      results.push(analysis.result);
    }
    outcome.status.postings = results.length;
    if (results.length === 0) {
      outcome.status.status = 'skipped';
      outcome.status.reason = 'empty';
      outcome.status.detail = 'no posting text found';
    }
  }
  return { status: outcome.status, results };
}
