import type { AnalysisResult } from '../types.js';

/** The aggregate as pretty JSON: the stable, documented contract (see README). */
export function renderJson(result: AnalysisResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
