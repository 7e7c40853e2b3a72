/** Problems turned into diagnostics with ranges and configured severities: what every host shows. */
import { problemsOf } from "./problems";
import { CHECKS, type CheckCode, type Severity } from "../checks/codes";
import { severityOf } from "../config";
import { english, msg, type Translate } from "../messages";
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
  return capped(workspace, uri, out.sort(byPosition), translate);
}

/** At most this many diagnostics of one file are shown; the rest are counted in one `too-many-problems`. */
export const MAX_DIAGNOSTICS = 1000;

/** At most this many characters of a message are shown: a message is read, not scrolled. */
export const MAX_MESSAGE_LENGTH = 2000;

/** Diagnostics in document order. */
export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** How many of each severity a `too-many-problems` diagnostic stands for (its `data`): the command line counts them. */
export interface CutCounts {
  readonly error: number;
  readonly warning: number;
  readonly information: number;
  readonly hint: number;
}

/**
 * The first {@link MAX_DIAGNOSTICS} of a file's diagnostics (in document order), then one
 * `too-many-problems` at the first one cut, saying how many more there are and of which
 * severities: an unclosed list over a long line made 274,763 `syntax-error`s, which no editor
 * can show and no one reads.
 */
export function capped(workspace: WorkspaceIndex, uri: string, sorted: Diagnostic[], translate: Translate = english): Diagnostic[] {
  if (sorted.length <= MAX_DIAGNOSTICS) return sorted;
  const cut = sorted.slice(MAX_DIAGNOSTICS);
  const counts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const d of cut) counts[d.severity]++;
  const first = cut[0];
  const kept = sorted.slice(0, MAX_DIAGNOSTICS);
  const severity = severityOf(workspace.configuration, "too-many-problems", CHECKS["too-many-problems"]);
  if (!first || !severity) return kept;
  const message = msg("{0} more problems in this file are not shown ({1} errors, {2} warnings): fix the first {3} and check again", cut.length, counts.error, counts.warning, MAX_DIAGNOSTICS);
  kept.push({ uri, range: first.range, severity, code: "too-many-problems", message: translate(message), related: [], data: { cut: counts satisfies CutCounts } });
  return kept;
}

/** A message cut to {@link MAX_MESSAGE_LENGTH} characters, never inside a surrogate pair. */
export function shortened(message: string): string {
  if (message.length <= MAX_MESSAGE_LENGTH) return message;
  let end = MAX_MESSAGE_LENGTH - 1;
  const code = message.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${message.slice(0, end)}…`;
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
    const message = shortened(r.l10n ? translate(r.l10n) : r.message);
    return { uri: r.uri, range: at, message, ...(r.sourceId !== undefined ? { sourceId: r.sourceId } : {}), ...(r.value !== undefined ? { value: r.value } : {}) };
  });
  const message = shortened(problem.l10n ? translate(problem.l10n) : problem.message);
  return { uri, range, severity, code: problem.code, message, related, ...(problem.data ? { data: problem.data } : {}) };
}

/** A range in a claims file or an article of the workspace. */
function rangeIn(workspace: WorkspaceIndex, uri: string, start: number, end: number): Range {
  const lines = workspace.entry(uri)?.lines ?? workspace.article(uri)?.lines;
  return lines ? lines.range(start, end) : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
