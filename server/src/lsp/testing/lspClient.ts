/**
 * Speaks LSP to the real server: `dist/isnad.js lsp --stdio` started as a child process, as an
 * editor would. Tests wait on the notifications they expect, never on time.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as path from "node:path";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type { PublishDiagnosticsParams } from "vscode-languageserver-protocol";

export const SERVER_BUNDLE = path.resolve(__dirname, "../../../../dist/isnad.js");

export class LspClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  /** Latest diagnostics per URI. */
  readonly diagnostics = new Map<string, PublishDiagnosticsParams["diagnostics"]>();
  private waiters: { test: () => boolean; resolve: () => void }[] = [];
  stderr = "";
  /** Resolves with the server's exit code once it has ended. */
  readonly exited: Promise<number | null>;

  /** `nodeArgs` go before the bundle (a `--require` of a preload); `env` is added to this process's. */
  constructor(options: { nodeArgs?: string[]; env?: Record<string, string> } = {}) {
    this.child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_BUNDLE, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ...options.env } });
    this.exited = new Promise((resolve) => this.child.on("exit", resolve));
    this.child.stderr?.on("data", (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      this.diagnostics.set(params.uri, params.diagnostics);
      this.check();
    });
    this.connection.onNotification("window/logMessage", () => undefined);
    this.connection.onRequest("window/workDoneProgress/create", () => null);
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs: 0 })));
    this.connection.listen();
  }

  /** Starts the session on `rootUri`; `extra` adds to the initialize parameters (a `locale`, say). */
  async initialize(rootUri: string, extra: Record<string, unknown> = {}): Promise<void> {
    await this.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: "ws" }],
      capabilities: { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, window: { workDoneProgress: true } },
      initializationOptions: { debounceMs: 0 },
      ...extra,
    });
    await this.connection.sendNotification("initialized", {});
  }

  /** Resolves once `test` holds, checked after every published diagnostics notification. */
  until(test: () => boolean): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  /** The codes published for `uri`, as `line:code` strings (1-based lines). */
  codes(uri: string): string[] {
    return (this.diagnostics.get(uri) ?? []).map((d) => `${d.range.start.line + 1}:${String(d.code)}`);
  }

  private check(): void {
    this.waiters = this.waiters.filter((w) => {
      if (!w.test()) return true;
      w.resolve();
      return false;
    });
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest("shutdown");
      await this.connection.sendNotification("exit");
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.child.kill();
  }
}
