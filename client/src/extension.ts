/**
 * The VS Code extension: starts the Isnad language server (the bundled `isnad lsp`) and lets it
 * do the work. Everything the user sees comes from the server; this file only wires it up.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { CloseAction, ErrorAction, LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import type { ContradictionCount } from "../../server/src/lsp/protocol";
import { registerCommands } from "./commands";
import { claimFigureMiddleware } from "./commands/claimFigure";
import { RestartBudget } from "./restarts";
import { showContradictionCount } from "./statusBar";

/** What the extension gives other extensions and its tests. */
export interface IsnadApi {
  /** The workspace's count of contradictions the status bar shows, undefined until the server sent one. */
  contradictionCount(): ContradictionCount | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<IsnadApi> {
  const module = context.asAbsolutePath(path.join("dist", "isnad.js"));
  const serverOptions: ServerOptions = {
    run: { module, args: ["lsp"], transport: TransportKind.ipc },
    debug: { module, args: ["lsp"], transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6010"] } },
  };
  const settings = vscode.workspace.getConfiguration("isnad");
  const clientOptions: LanguageClientOptions = {
    // Claims files, and the plain-text articles they quote (their edits re-check the quotes).
    documentSelector: [
      { scheme: "file", language: "claims" },
      { scheme: "file", language: "plaintext" },
      { scheme: "file", language: "markdown" },
      // Articles of other kinds, as the `isnad.articles` globs name them.
      ...settings.get<string[]>("articles", []).map((pattern) => ({ scheme: "file", pattern: articlePattern(pattern) })),
    ],
    // The whole `isnad` section: the server validates it, and pulls it again when it changes.
    initializationOptions: { ...settings },
    synchronize: { configurationSection: "isnad" },
    // "Claim this figure" run from a menu: the active editor's selection becomes its arguments.
    middleware: { executeCommand: claimFigureMiddleware },
    errorHandler: restartPolicy(() => client, new RestartBudget()),
  };
  client = new LanguageClient("isnad", "Isnad", serverOptions, clientOptions);
  const status = showContradictionCount(client);
  context.subscriptions.push(client, status, registerCommands(client));
  await client.start();
  return { contradictionCount: () => status.count };
}

/**
 * What the client does when the server dies: starts it again a few times, saying so each time,
 * then stops and says that too, offering its output and a new start.
 */
function restartPolicy(current: () => LanguageClient | undefined, budget: RestartBudget): ErrorHandler {
  const showOutput = vscode.l10n.t("Show output");
  const restart = vscode.l10n.t("Restart");
  return {
    // Errors writing or reading a message: go on, unless they keep coming (as the default handler does).
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const verdict = budget.died();
      if (verdict.restart) {
        void vscode.window.showWarningMessage(vscode.l10n.t("Isnad: the server stopped unexpectedly and is being started again ({0} of {1}).", verdict.attempt, budget.max), showOutput).then((choice) => {
          if (choice === showOutput) current()?.outputChannel.show();
        });
        return { action: CloseAction.Restart, handled: true };
      }
      const minutes = Math.round(budget.windowMs / 60_000);
      void vscode.window.showErrorMessage(vscode.l10n.t("Isnad: the server stopped {0} times in {1} minutes and is not started again. Its output may say why.", verdict.deaths, minutes), showOutput, restart).then((choice) => {
        if (choice === showOutput) current()?.outputChannel.show();
        if (choice === restart) {
          budget.reset();
          void current()?.start();
        }
      });
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}

/** A glob of `isnad.articles`, relative to the workspace folder, as a pattern on absolute paths. */
function articlePattern(glob: string): string {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  if (glob.startsWith("**/") || !folder) return glob;
  return `${folder.replace(/\\/g, "/")}/${glob}`;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
