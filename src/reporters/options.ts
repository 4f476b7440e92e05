/** Options every reporter receives. */
export interface ReportOptions {
  /** Show at most this many rows per list (common/uncommon skills, ...). Default 20. */
  top: number;
  /** Quote at most this many examples per item. Default 2. */
  examples: number;
  /** Use colour (terminal reporters only). Decided once in the CLI. */
  color: boolean;
  /** Terminal width for table layout. Default 100. */
  width: number;
}

export const DEFAULT_REPORT_OPTIONS: ReportOptions = { top: 20, examples: 2, color: false, width: 100 };
