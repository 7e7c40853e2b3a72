/**
 * The VS Code extension: starts the Isnad language server (the bundled `isnad lsp`) and lets it
 * do the work. Everything the user sees comes from the server; this file only wires it up.
 */
import * as path from "node:path";
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
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
    ],
    initializationOptions: { debounceMs: settings.get<number>("debounceMs", 200) },
    synchronize: { configurationSection: "isnad" },
  };
  client = new LanguageClient("isnad", "Isnad", serverOptions, clientOptions);
  context.subscriptions.push(client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
