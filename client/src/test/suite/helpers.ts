// Shared steps of the extension-host suites. The workspace is a copy of samples/ made by the
// runner (e2e/lib/workspace.mjs) with `isnad.debounceMs: 0`, so tests may edit it freely and
// every wait is on an event of VS Code's, never on a timer.
import * as assert from "node:assert";
import * as vscode from "vscode";

/** The extension's id (`publisher.name` of package.json). */
export const EXTENSION_ID = "isnad.isnad";

/** A file of the workspace (the copy of samples/), by its path relative to the folder. */
export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, "the tests need a workspace folder: the runner opens a copy of samples/");
  return vscode.Uri.joinPath(folder.uri, ...relative.split("/"));
}

/** Opens a file of the workspace in an editor, as a user would, and makes it the active one. */
export async function openEditor(relative: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
  return vscode.window.showTextDocument(document);
}

/** The line (0-based) holding `text`, which must occur exactly once in the document. */
export function lineOf(document: vscode.TextDocument, text: string): number {
  const content = document.getText();
  const at = content.indexOf(text);
  assert.ok(at >= 0, `${shortName(document.uri)} holds no line with ${JSON.stringify(text)}`);
  assert.strictEqual(content.indexOf(text, at + 1), -1, `${shortName(document.uri)} holds ${JSON.stringify(text)} more than once`);
  return document.positionAt(at).line;
}

/** The diagnostic's code as a string, whether VS Code holds it plain or with a link. */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  const code = diagnostic.code;
  return typeof code === "object" ? String(code.value) : String(code);
}

/** Isnad's diagnostics of a file now. */
export function isnadDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "isnad");
}

/** Isnad's diagnostics with `code` whose range starts on `line`. */
export function diagnosticsAt(uri: vscode.Uri, code: string, line: number): vscode.Diagnostic[] {
  return isnadDiagnostics(uri).filter((d) => codeOf(d) === code && d.range.start.line === line);
}

/**
 * Resolves with the file's diagnostics as soon as `ready` holds for them: at once if it already
 * does, else on the `onDidChangeDiagnostics` event that makes it hold. The time limit only turns
 * a hang into a failure that says what was seen instead.
 */
export async function waitForDiagnostics(
  uri: vscode.Uri,
  ready: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  timeoutMs = 30_000,
): Promise<vscode.Diagnostic[]> {
  const now = isnadDiagnostics(uri);
  if (ready(now)) return now;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`waited ${timeoutMs} ms for ${what} in ${shortName(uri)}; it has:\n${describe(isnadDiagnostics(uri))}`));
    }, timeoutMs);
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString())) return;
      const diagnostics = isnadDiagnostics(uri);
      if (!ready(diagnostics)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(diagnostics);
    });
  });
}

/** Diagnostics as compact lines (`12:3 warning contradiction: message`) for failure messages. */
export function describe(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return "  (no diagnostics)";
  return diagnostics
    .map((d) => `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d)}: ${d.message}`)
    .join("\n");
}

/**
 * The text of a hover's contents with Markdown's backslash escapes removed (`al\-waha` reads
 * `al-waha` on screen), so that tests compare what the user reads.
 */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === "string" ? c : c.value))
    .join("\n\n")
    .replace(/\\([!-/:-@[-`{-~])/gu, "$1");
}

/** True when `text` states `value` as a figure of its own, not as a part of an id or a date. */
export function mentionsValue(text: string, value: string): boolean {
  const escaped = value.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}_.-])${escaped}(?![\\p{L}\\p{N}_.-])`, "u").test(text);
}

/** White space runs made one space: a quote may follow the article's line breaks or not. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}

/** The last two segments of a URI's path, enough to name a sample in a message. */
export function shortName(uri: vscode.Uri): string {
  return uri.path.split("/").slice(-2).join("/");
}
