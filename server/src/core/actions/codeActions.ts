/**
 * The code actions of a place in a claims file or an article, as plain data: the quick fixes of
 * the problems there (one module per check code, fixes/index.ts), "Fix all" for the fixes that
 * need no choice, and "Claim this figure" in an article.
 */
import { problemsOf } from "../analysis/problems";
import { CHECKS } from "../checks/codes";
import { severityOf } from "../config";
import { said } from "../messages";
import type { Problem } from "../model/problem";
import { isolate } from "../text/bidi";
import { spotFigures } from "../text/figures";
import { LineIndex } from "../text/lineIndex";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import { lineEnd, lineStart } from "./claimsText";
import { COMMANDS, type ActionKind, type ActionOptions, type CodeAction, type TextEdit } from "./edit";
import type { FixContext } from "./fixes/fix";
import { FIXES } from "./fixes";
import { append } from "../memory/append";

export interface ActionRequest {
  readonly uri: string;
  /** The selection or cursor, as offsets into the file. */
  readonly start: number;
  readonly end: number;
  /** The kinds the editor asks for (LSP `context.only`): a kind matches its own sub-kinds. */
  readonly only?: readonly string[];
}

/** The actions of a place in a claims file: quick fixes of the problems it touches, and "Fix all" when asked for. */
export async function codeActionsAt(workspace: WorkspaceIndex, request: ActionRequest, options: ActionOptions, readText: FixContext["readText"]): Promise<CodeAction[]> {
  const entry = workspace.entry(request.uri);
  if (!entry) return [];
  const context: FixContext = { workspace, entry, options, readText };
  const actions: CodeAction[] = [];
  if (wants(request.only, "quickfix")) {
    // The fixes of every problem on the lines of the cursor: on a claim's header, its
    // `unsourced-claim` (on the metric name) and its contradiction (on the value) alike.
    const from = lineStart(entry.text, request.start);
    const to = lineEnd(entry.text, request.end);
    for (const problem of shownProblems(workspace, request.uri)) {
      if (problem.start > to || problem.end < from) continue;
      for (const fix of FIXES) if (fix.codes.includes(problem.code)) append(actions, await fix.actions(context, problem));
    }
  }
  // "Fix all" is a source action: offered when asked for (on save, or from the Source Action menu).
  if (request.only && wants(request.only, "source.fixAll.isnad")) {
    const all = fixAll(context);
    if (all) actions.push(all);
  }
  return actions;
}

/** One action with every fix of the file that needs no choice, or undefined when there is none. */
export function fixAll(context: FixContext): CodeAction | undefined {
  const chosen: TextEdit[] = [];
  for (const problem of shownProblems(context.workspace, context.entry.uri)) {
    for (const fix of FIXES) {
      if (!fix.codes.includes(problem.code)) continue;
      for (const edit of fix.safeEdits?.(context, problem) ?? []) {
        // Two fixes of one place: the first wins, the other waits for the next run.
        if (!chosen.some((e) => e.uri === edit.uri && e.start < edit.end && edit.start < e.end)) chosen.push(edit);
      }
    }
  }
  if (chosen.length === 0) return undefined;
  const title = said("Fix all that needs no choice (Isnad)");
  return { title: title.message, l10n: title.l10n, kind: "source.fixAll.isnad", edit: { creates: [], edits: chosen } };
}

/** "Claim this figure" on a figure of an article: runs the `isnad.claimFigure` command with the selection. */
export function articleActionsAt(text: string, request: ActionRequest): CodeAction[] {
  if (!wants(request.only, "refactor.extract")) return [];
  // Only the paragraph around the selection is read: the editor asks at every move of the cursor.
  const { from, to } = paragraphAround(text, request.start, request.end);
  // An implicit one («مدة سنة», «un mort») is never offered as a figure to claim.
  const figure = spotFigures(text.slice(from, to)).find((f) => !f.implicit && f.start + from <= request.end && f.end + from >= request.start);
  if (!figure) return [];
  const lines = new LineIndex(text);
  const title = said("Claim this figure: «{0}»", isolate(figure.text));
  return [{ title: title.message, l10n: title.l10n, kind: "refactor.extract", command: { title: title.message, command: COMMANDS.claimFigure, arguments: [request.uri, lines.range(request.start, request.end)] } }];
}

/** The problems of a file that its configuration shows: a check turned off offers no fix either. */
function shownProblems(workspace: WorkspaceIndex, uri: string): Problem[] {
  return problemsOf(workspace, uri).filter((p) => severityOf(workspace.configuration, p.code, CHECKS[p.code]) !== undefined);
}

function wants(only: readonly string[] | undefined, kind: ActionKind): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** The paragraph (text between blank lines, whatever their line ends) holding `[start, end)`. A CR never pairs with the LF of a CRLF into a blank line. */
function paragraphAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(/(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)/g)) {
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= start) from = breakEnd;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { from, to };
}
