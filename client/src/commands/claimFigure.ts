/**
 * "Isnad: Claim this figure" and "Isnad: Draft claims for this article", from the palette, the
 * article's context menu or their code actions. The work is the server's commands
 * `isnad.claimFigure` (document URI and range → a claim stub in the claims file beside the
 * article) and `isnad.draftClaims` (document URI → drafts of every figure not claimed yet), which
 * vscode-languageclient registers under those ids from the server's capabilities: registering
 * the ids again here would clash, so this is middleware on them. The code actions pass their own
 * arguments; run from a menu, a command gets none (or the document's URI), and the active
 * editor's document and selection are passed instead.
 */
import * as vscode from "vscode";
import type { Middleware } from "vscode-languageclient/node";

export const CLAIM_FIGURE_COMMAND = "isnad.claimFigure";
export const DRAFT_CLAIMS_COMMAND = "isnad.draftClaims";

/** The server's arguments: the code action's own, or the active editor's document and selection. */
export function claimFigureArguments(args: readonly unknown[]): unknown[] | undefined {
  if (typeof args[0] === "string" && args.length >= 2) return [...args];
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { start, end } = editor.selection;
  // Plain LSP positions: a vscode.Range would travel as an array.
  return [editor.document.uri.toString(), { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } }];
}

/** Fills in the document and selection when `isnad.claimFigure` or `isnad.draftClaims` is run without arguments; other commands pass through. */
export const claimFigureMiddleware: NonNullable<Middleware["executeCommand"]> = (command, args, next) => {
  if (command !== CLAIM_FIGURE_COMMAND && command !== DRAFT_CLAIMS_COMMAND) return next(command, args);
  const forServer = claimFigureArguments(args);
  if (!forServer) {
    const first = command === CLAIM_FIGURE_COMMAND ? vscode.l10n.t("Isnad: open an article and select a figure in it first.") : vscode.l10n.t("Isnad: open an article first.");
    void vscode.window.showInformationMessage(first);
    return undefined;
  }
  return next(command, forServer);
};
