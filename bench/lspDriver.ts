/**
 * The benchmark's editor: starts `dist/isnad.js lsp --stdio` as a child process, speaks LSP to
 * it, and time-stamps every published diagnostics notification as it arrives, so that a latency
 * is measured from the request sent to the notification received.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { performance } from "node:perf_hooks";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type { Diagnostic, PublishDiagnosticsParams, ServerCapabilities } from "vscode-languageserver-protocol";

export interface Published {
  /** performance.now() when the notification arrived. */
  readonly at: number;
  readonly diagnostics: Diagnostic[];
}

export class BenchClient {
  readonly connection: MessageConnection;
  private readonly child: ChildProcess;
  /** The latest diagnostics of each URI. */
  readonly latest = new Map<string, Published>();
  /** How many notifications arrived, in all. */
  notifications = 0;
  private waiters: { test: () => boolean; resolve: (at: number) => void }[] = [];
  stderr = "";

  constructor(serverBundle: string, extraArgs: readonly string[] = []) {
    this.child = spawn(process.execPath, [...extraArgs, serverBundle, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "pipe"], env: { ...process.env, ISNAD_STATS: "1" } });
    this.child.stderr?.on("data", (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout!), new StreamMessageWriter(this.child.stdin!));
    this.connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      const at = performance.now();
      this.notifications++;
      this.latest.set(params.uri, { at, diagnostics: params.diagnostics });
      this.waiters = this.waiters.filter((w) => {
        if (!w.test()) return true;
        w.resolve(at);
        return false;
      });
    });
    for (const method of ["window/logMessage", "$/progress", "window/showMessage"]) this.connection.onNotification(method, () => undefined);
    this.connection.onRequest("window/workDoneProgress/create", () => null);
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.onRequest("window/showMessageRequest", () => null);
    this.connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs: 0 })));
    this.connection.listen();
  }

  async initialize(rootUri: string): Promise<ServerCapabilities> {
    const result = (await this.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: "bench" }],
      capabilities: {
        workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
        textDocument: { publishDiagnostics: { relatedInformation: true }, hover: { contentFormat: ["markdown"] }, completion: {} },
      },
      initializationOptions: { debounceMs: 0 },
    })) as { capabilities: ServerCapabilities };
    await this.connection.sendNotification("initialized", {});
    return result.capabilities;
  }

  /** Resolves with the arrival time of the notification after which `test` holds (now, if it holds already). */
  until(test: () => boolean): Promise<number> {
    if (test()) return Promise.resolve(performance.now());
    return new Promise((resolve) => this.waiters.push({ test, resolve }));
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest("shutdown");
      await this.connection.sendNotification("exit");
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once("exit", () => resolve());
      setTimeout(() => {
        this.child.kill();
        resolve();
      }, 5000).unref();
    });
    this.connection.dispose();
  }
}
