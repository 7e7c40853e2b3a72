/**
 * "Isnad: Claim this figure", from the palette, the article's context menu or its code action.
 * The work is the server's command `isnad.claimFigure` (document URI and range → a claim stub in
 * the claims file beside the article), which vscode-languageclient registers under that id from
 * the server's capabilities: registering the id again here would clash, so this is middleware on
 * that command. The code action passes its own arguments; run from a menu, the command gets none
 * (or the document's URI), and the active editor's selection is passed instead.
 */
import * as vscode from "vscode";
import type { Middleware } from "vscode-languageclient/node";

export const CLAIM_FIGURE_COMMAND = "isnad.claimFigure";

/** The server's arguments: the code action's own, or the active editor's document and selection. */
export function claimFigureArguments(args: readonly unknown[]): unknown[] | undefined {
  if (typeof args[0] === "string" && args.length >= 2) return [...args];
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { start, end } = editor.selection;
  // Plain LSP positions: a vscode.Range would travel as an array.
  return [editor.document.uri.toString(), { start: { line: start.line, character: start.character }, end: { line: end.line, character: end.character } }];
}

/** Fills in the selection when `isnad.claimFigure` is run without arguments; other commands pass through. */
export const claimFigureMiddleware: NonNullable<Middleware["executeCommand"]> = (command, args, next) => {
  if (command !== CLAIM_FIGURE_COMMAND) return next(command, args);
  const forServer = claimFigureArguments(args);
  if (!forServer) {
    void vscode.window.showInformationMessage(vscode.l10n.t("Isnad: open an article and select a figure in it first."));
    return undefined;
  }
  return next(command, forServer);
};
