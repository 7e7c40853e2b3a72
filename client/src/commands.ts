/**
 * The palette's commands ("Isnad: Show contradictions", "Re-check workspace", "Open isnad.json",
 * "Show server output") and `isnad.showClaims`, which code lenses run: it turns the server's
 * plain JSON arguments into VS Code's types for the peek view.
 */
import * as vscode from "vscode";
import type { LanguageClient } from "vscode-languageclient/node";
import { listContradictionsRequest, recheckRequest, SHOW_CLAIMS_COMMAND, type ContradictionEntry, type ShowClaimsArguments } from "../../server/src/lsp/protocol";

/** What a new isnad.json holds: the defaults, spelled out so that they can be edited. */
const NEW_CONFIG = `{
  "tolerance": 0.1,
  "minorDifference": 0,
  "severity": {},
  "articles": ["**/*.txt", "**/*.md"],
  "maxFileSizeMB": 20
}
`;

export function registerCommands(client: LanguageClient): vscode.Disposable {
  const p2c = client.protocol2CodeConverter;
  return vscode.Disposable.from(
    vscode.commands.registerCommand(SHOW_CLAIMS_COMMAND, async (...[uri, position, locations]: ShowClaimsArguments) => {
      await vscode.commands.executeCommand("editor.action.showReferences", p2c.asUri(uri), p2c.asPosition(position), locations.map((l) => p2c.asLocation(l)));
    }),
    vscode.commands.registerCommand("isnad.showContradictions", async () => {
      const entries = await request(() => client.sendRequest<ContradictionEntry[]>(listContradictionsRequest.method, null));
      if (!entries) return;
      if (entries.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t("No contradictions in the workspace."));
        return;
      }
      const picked = await vscode.window.showQuickPick(
        entries.map((entry) => ({
          label: `$(warning) ${entry.message}`,
          description: `${vscode.workspace.asRelativePath(p2c.asUri(entry.uri))}:${entry.range.start.line + 1}`,
          entry,
        })),
        { placeHolder: vscode.l10n.t("Contradictions in the workspace: {0}. Pick one to open it.", entries.length), matchOnDescription: true },
      );
      if (picked) await vscode.window.showTextDocument(p2c.asUri(picked.entry.uri), { selection: p2c.asRange(picked.entry.range) });
    }),
    vscode.commands.registerCommand("isnad.recheck", async () => {
      const result = await request(() => client.sendRequest<{ claimsFiles: number }>(recheckRequest.method, null));
      if (result) void vscode.window.showInformationMessage(vscode.l10n.t("Isnad: re-checked {0} claims files.", result.claimsFiles));
      return result;
    }),
    vscode.commands.registerCommand("isnad.openConfig", async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) {
        void vscode.window.showWarningMessage(vscode.l10n.t("Isnad: open a folder first: isnad.json lives at the root of the workspace."));
        return;
      }
      const uri = vscode.Uri.joinPath(folder.uri, "isnad.json");
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(NEW_CONFIG));
      }
      await vscode.window.showTextDocument(uri);
    }),
    vscode.commands.registerCommand("isnad.showOutput", () => client.outputChannel.show()),
    // The document selector is fixed when the client starts: new article globs need a reload.
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (!e.affectsConfiguration("isnad.articles")) return;
      const reload = vscode.l10n.t("Reload window");
      const answer = await vscode.window.showInformationMessage(vscode.l10n.t("Isnad: the new article globs take effect in the editor after a reload."), reload);
      if (answer === reload) await vscode.commands.executeCommand("workbench.action.reloadWindow");
    }),
  );
}

/** A request to the server; a failure is shown to the user and answers undefined. */
async function request<T>(send: () => Promise<T>): Promise<T | undefined> {
  try {
    return await send();
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t("Isnad: the server failed: {0}", e instanceof Error ? e.message : String(e)));
    return undefined;
  }
}
