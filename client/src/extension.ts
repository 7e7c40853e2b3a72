/**
 * The VS Code extension: starts the Isnad language server (the bundled `isnad lsp`) and lets it
 * do the work. Everything the user sees comes from the server; this file only wires it up.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import type { ContradictionCount } from "../../server/src/lsp/protocol";
import { registerCommands } from "./commands";
import { claimFigureMiddleware } from "./commands/claimFigure";
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
  };
  client = new LanguageClient("isnad", "Isnad", serverOptions, clientOptions);
  const status = showContradictionCount(client);
  context.subscriptions.push(client, status, registerCommands(client));
  await client.start();
  return { contradictionCount: () => status.count };
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
