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

/**
 * Splits a read document into postings and analyzes each, numbering jobs from
 * `firstJob`. `each` sees the full analysis (for --explain); the results are returned,
 * with the evidence `wanted` (default: all). A document with no posting text becomes
 * `skipped: empty`.
 */
export function analyzeOutcome(
  dict: CompiledDictionary,
  outcome: ReadOutcome,
  split: SplitMode,
  firstJob: number,
  each?: (analysis: PostingAnalysis) => void,
  wanted?: EvidenceWanted,
): FileAnalysis {
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
