/**
 * What every check is given: the workspace to read, and the memos the checks share, which belong
 * to whoever owns the diagnostics (analysis/problems.ts) and live as long as its workspace.
 */
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import type { GroupComparisons } from "./groupComparison";
import type { Origins } from "./origins";
import type { QuoteLocator } from "./quoteLocator";
import type { CountTimes } from "./reasoning/countTime";

/** Where a quote found once in its article stood: what re-anchoring it needs after the article changes. */
export interface AnchorRecorder {
  remember(articleUri: string, quote: string, text: string, start: number, end: number): void;
}

export interface CheckContext {
  readonly workspace: WorkspaceIndex;
  readonly quotes: QuoteLocator;
  readonly comparisons: GroupComparisons;
  /** Where claims' figures come from, for one generation of the index. */
  readonly origins: Origins;
  readonly anchors: AnchorRecorder;
  /** When each flow claim's count was taken. */
  readonly counts: CountTimes;
}
