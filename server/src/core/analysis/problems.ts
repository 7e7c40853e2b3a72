/**
 * The one owner of diagnostics: runs every check over a claims file and keeps what they found,
 * with the memos the checks share (quote matches, group comparisons, origins) and the quote
 * anchors they record. The workspace is an index and runs nothing; this reads it and is never read
 * by it.
 *
 * A file's problems have two parts. The local ones (its own syntax and fields, its articles, its
 * quotes) hold until the file or one of its articles changes (`articleStamp`); the ones across
 * files hold for one generation of the index, and are remembered for a bounded number of files.
 */
import type { Problem } from "../model/problem";
import type { ClaimsEntry, WorkspaceIndex } from "../workspace/workspaceIndex";
import type { CheckContext } from "../checks/context";
import { QuoteLocator } from "../checks/quoteLocator";
import { GroupComparisons } from "../checks/groupComparison";
import { Origins } from "../checks/origins";
import { articleProblems } from "../checks/articleLinks";
import { quoteProblems } from "../checks/quoteChecks";
import { unsourcedProblems } from "../checks/unsourcedClaims";
import { hiddenBidiProblems } from "../checks/hiddenBidiControls";
import { mixedScriptProblems } from "../checks/mixedScripts";
import { duplicateIdProblems } from "../checks/duplicateIds";
import { unknownSourceProblems } from "../checks/unknownSources";
import { contradictionProblems } from "../checks/contradictions";
import { similarMetricProblems } from "../checks/similarMetric";
import { runningCountProblems } from "../checks/runningCounts";
import { totalProblems } from "../checks/totals";
import { subsetProblems } from "../checks/subsets";
import { declarationProblems } from "../checks/declarations";
import { similarQualifierProblems } from "../checks/similarQualifier";
import { AnchorMemory } from "./anchors";
import { CountTimes } from "../checks/reasoning/countTime";
import { append } from "../memory/append";

/** Files whose problems of the current generation are remembered at most. */
const PROBLEMS_REMEMBERED = 2048;

/** Checks whose findings depend on the file and its articles alone. */
const LOCAL_CHECKS = [articleProblems, quoteProblems, unsourcedProblems, hiddenBidiProblems, mixedScriptProblems] as const;
/** Checks that read other files of the workspace. */
const CROSS_FILE_CHECKS = [duplicateIdProblems, unknownSourceProblems, contradictionProblems, runningCountProblems, totalProblems, subsetProblems, similarMetricProblems, declarationProblems, similarQualifierProblems] as const;

export class Problems {
  /** Where each quote last stood in its article, to re-anchor it when the article changes. */
  readonly anchors = new AnchorMemory();
  readonly quotes: QuoteLocator;
  readonly comparisons = new GroupComparisons();
  readonly origins: Origins;
  readonly counts: CountTimes;
  private readonly context: CheckContext;
  private readonly local = new WeakMap<ClaimsEntry, { stamp: number; problems: Problem[] }>();
  private readonly memo = new Map<ClaimsEntry, Problem[]>();
  /** The generation `memo` holds: older ones are dropped, not kept for every file. */
  private memoGeneration = -1;

  constructor(readonly workspace: WorkspaceIndex) {
    this.quotes = new QuoteLocator(workspace);
    this.origins = new Origins(workspace);
    this.counts = new CountTimes(workspace);
    this.context = { workspace, quotes: this.quotes, comparisons: this.comparisons, origins: this.origins, anchors: this.anchors, counts: this.counts };
  }

  /** The problems of a claims file, with offsets into its text. */
  of(uri: string): Problem[] {
    const workspace = this.workspace;
    const entry = workspace.entry(uri);
    if (!entry) return [];
    if (entry.encodingError !== undefined) return [{ code: entry.encodingCode ?? "encoding", start: 0, end: 0, message: entry.encodingError, ...(entry.encodingL10n ? { l10n: entry.encodingL10n } : {}) }];
    // Within a generation it is asked again for the files an article's diagnostics show; across
    // an archive's first publishing it would hold every file's problems: bounded.
    if (this.memoGeneration !== workspace.generation || this.memo.size >= PROBLEMS_REMEMBERED) {
      this.memo.clear();
      this.memoGeneration = workspace.generation;
    }
    const memo = this.memo.get(entry);
    if (memo) return [...memo];
    const problems = [...this.localProblems(entry)];
    for (const check of CROSS_FILE_CHECKS) append(problems, check(this.context, entry));
    this.memo.set(entry, problems);
    return [...problems];
  }

  private localProblems(entry: ClaimsEntry): Problem[] {
    const stamp = this.workspace.articleStamp(entry.uri);
    const held = this.local.get(entry);
    if (held?.stamp === stamp) return held.problems;
    const problems = [...entry.facts.problems];
    for (const check of LOCAL_CHECKS) append(problems, check(this.context, entry));
    this.local.set(entry, { stamp, problems });
    return problems;
  }
}

/** One owner per workspace, made when first asked: whoever reads diagnostics shares its memos. */
const owners = new WeakMap<WorkspaceIndex, Problems>();

/** The diagnostics owner of `workspace`. */
export function problemsOwner(workspace: WorkspaceIndex): Problems {
  let owner = owners.get(workspace);
  if (!owner) {
    owner = new Problems(workspace);
    owners.set(workspace, owner);
    const anchors = owner.anchors;
    workspace.onArticleForgotten((uri) => anchors.forget(uri));
  }
  return owner;
}

/** The problems of a claims file of `workspace`, with offsets into its text. */
export function problemsOf(workspace: WorkspaceIndex, uri: string): Problem[] {
  return problemsOwner(workspace).of(uri);
}
