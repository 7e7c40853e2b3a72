/** Problems turned into diagnostics with ranges and configured severities: what every host shows. */
import { problemsOf } from "./problems";
import { CHECKS, type CheckCode, type Severity } from "../checks/codes";
import { severityOf } from "../config";
import { english, type Translate } from "../messages";
import type { Problem } from "../model/problem";
import type { Range } from "../text/lineIndex";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";

export interface RelatedInformation {
  readonly uri: string;
  readonly range: Range;
  readonly message: string;
  readonly sourceId?: string;
  readonly value?: string;
}

export interface Diagnostic {
  readonly uri: string;
  readonly range: Range;
  readonly severity: Severity;
  readonly code: CheckCode;
  readonly message: string;
  readonly related: readonly RelatedInformation[];
  readonly data?: Readonly<Record<string, unknown>>;
}

/** The diagnostics of a claims file, in document order; messages in English unless `translate` says otherwise. */
export function diagnosticsOf(workspace: WorkspaceIndex, uri: string, translate: Translate = english): Diagnostic[] {
  const entry = workspace.entry(uri);
  if (!entry) return [];
  const out: Diagnostic[] = [];
  for (const problem of problemsOf(workspace, uri)) {
    const diagnostic = diagnosticFrom(workspace, problem, uri, entry.lines.range(problem.start, problem.end), translate);
    if (diagnostic) out.push(diagnostic);
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/**
 * A problem as a diagnostic of `uri` at `range` (its own file, or another place that shows it,
 * such as the figure in an article); undefined when its check is turned off.
 */
export function diagnosticFrom(workspace: WorkspaceIndex, problem: Problem, uri: string, range: Range, translate: Translate = english): Diagnostic | undefined {
  const severity = severityOf(workspace.configuration, problem.code, CHECKS[problem.code]);
  if (!severity) return undefined;
  const related = (problem.related ?? []).map((r) => {
    const at = rangeIn(workspace, r.uri, r.start, r.end);
    const message = r.l10n ? translate(r.l10n) : r.message;
    return { uri: r.uri, range: at, message, ...(r.sourceId !== undefined ? { sourceId: r.sourceId } : {}), ...(r.value !== undefined ? { value: r.value } : {}) };
  });
  const message = problem.l10n ? translate(problem.l10n) : problem.message;
  return { uri, range, severity, code: problem.code, message, related, ...(problem.data ? { data: problem.data } : {}) };
}

/** A range in a claims file or an article of the workspace. */
function rangeIn(workspace: WorkspaceIndex, uri: string, start: number, end: number): Range {
  const lines = workspace.entry(uri)?.lines ?? workspace.article(uri)?.lines;
  return lines ? lines.range(start, end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
