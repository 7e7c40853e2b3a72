/** Problems turned into diagnostics with ranges and configured severities: what every host shows. */
import { CHECKS, type CheckCode, type Severity } from "../checks/codes";
import { severityOf } from "../config";
import type { Range } from "../text/lineIndex";
import type { Workspace } from "../workspace/workspace";

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

/** The diagnostics of a claims file, in document order. */
export function diagnosticsOf(workspace: Workspace, uri: string): Diagnostic[] {
  const entry = workspace.entry(uri);
  if (!entry) return [];
  const out: Diagnostic[] = [];
  for (const problem of workspace.problems(uri)) {
    const severity = severityOf(workspace.configuration, problem.code, CHECKS[problem.code]);
    if (!severity) continue;
    const related = (problem.related ?? []).map((r) => {
      const range = rangeIn(workspace, r.uri, r.start, r.end);
      return { uri: r.uri, range, message: r.message, ...(r.sourceId !== undefined ? { sourceId: r.sourceId } : {}), ...(r.value !== undefined ? { value: r.value } : {}) };
    });
    out.push({ uri, range: entry.lines.range(problem.start, problem.end), severity, code: problem.code, message: problem.message, related, ...(problem.data ? { data: problem.data } : {}) });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** A range in a claims file or an article of the workspace. */
function rangeIn(workspace: Workspace, uri: string, start: number, end: number): Range {
  const lines = workspace.entry(uri)?.lines ?? workspace.article(uri)?.lines;
  return lines ? lines.range(start, end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
