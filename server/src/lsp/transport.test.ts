// The server over stdio, spoken to in raw bytes: after a malformed message it answers the next
// one, and a handler that throws answers its request with an error while the server lives on.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { URI } from "vscode-uri";
import { StreamMessageReader } from "vscode-jsonrpc/node";
import { SERVER_BUNDLE } from "./testing/lspClient";

interface Received {
  id?: number;
  method?: string;
  result?: unknown;
  error?: { code: number; message: string };
  params?: { message?: string };
}

/** A client that writes bytes as given and reads what the server sends, message by message. */
class RawClient {
  readonly child: ChildProcess;
  readonly received: Received[] = [];
  private waiters: (() => void)[] = [];
  readonly exited: Promise<number | null>;

  constructor() {
    this.child = spawn(process.execPath, [SERVER_BUNDLE, "lsp", "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
    this.exited = new Promise((resolve) => this.child.on("exit", resolve));
    new StreamMessageReader(this.child.stdout!).listen((message) => {
      this.received.push(message as Received);
      // The server asks for settings and registrations; a client answers them.
      const request = message as Received;
      if (request.id !== undefined && request.method !== undefined) this.write(frame({ jsonrpc: "2.0", id: request.id, result: request.method === "workspace/configuration" ? [{}] : null }));
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  write(bytes: string | Buffer): void {
    this.child.stdin!.write(bytes);
  }

  /** Resolves with the response to request `id`, waiting for it message by message. */
  async response(id: number): Promise<Received> {
    for (;;) {
      const found = this.received.find((m) => m.id === id && m.method === undefined);
      if (found) return found;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  answered(id: number): boolean {
    return this.received.some((m) => m.id === id && m.method === undefined);
  }
}

const request = (id: number, method: string, params: unknown) => JSON.stringify({ jsonrpc: "2.0", id, method, params });
const frame = (message: string | object) => {
  const json = typeof message === "string" ? message : JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`;
};

describe("the server over stdio, on malformed input", () => {
  let dir: string;
  let client: RawClient;
  const claims = () => URI.file(path.join(dir, "a.claims")).toString();
  const hover = (id: number, params: unknown = { textDocument: { uri: claims() }, position: { line: 1, character: 8 } }) => request(id, "textDocument/hover", params);

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "isnad-transport-"));
    writeFileSync(path.join(dir, "a.claims"), "source a\nclaim cells = 13\n");
    client = new RawClient();
    client.write(frame(request(1, "initialize", { processId: null, rootUri: URI.file(dir).toString(), capabilities: {} })));
    await client.response(1);
    client.write(frame({ jsonrpc: "2.0", method: "initialized", params: {} }));
  });
  afterEach(async () => {
    client.child.kill();
    await client.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it("answers the message after each malformed one, and those whose JSON is whole despite their header", async () => {
    const json = hover(101);
    const cases: [string, string, boolean][] = [
      ["negative Content-Length", `Content-Length: -5\r\n\r\n${hover(101)}`, true],
      ["no Content-Length", `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${hover(102)}`, true],
      ["Content-Length too small", `Content-Length: 10\r\n\r\n${hover(103)}`, true],
      ["Content-Length too large", `Content-Length: 99999\r\n\r\n${hover(104)}`, true],
      ["LF-only line ends", `Content-Length: ${Buffer.byteLength(json)}\n\n${hover(105)}`, true],
      ["Content-Length not a number", `Content-Length: twelve\r\n\r\n${hover(106)}`, true],
      ["bytes that are no header", "\u0000\u00ff garbage without a colon\r\n\r\n", false],
      ["a body that is not JSON", "Content-Length: 5\r\n\r\nhello", false],
      ["a body cut short by the next header", `Content-Length: 30\r\n\r\n${hover(109).slice(0, 30)}`, false],
    ];
    for (const [i, [what, bad, whole]] of cases.entries()) {
      client.write(bad);
      client.write(frame(hover(201 + i)));
      const next = await client.response(201 + i);
      expect(next.result, what).toMatchObject({ contents: { kind: "markdown" } });
      expect(client.answered(101 + i), what).toBe(whole);
    }
    // Each was said in the log.
    const logged = client.received.filter((m) => m.method === "window/logMessage" && m.params?.message?.startsWith("malformed input"));
    expect(logged.length).toBeGreaterThanOrEqual(cases.length);
    client.write(frame(request(2, "shutdown", null)));
    await client.response(2);
    client.write(frame({ jsonrpc: "2.0", method: "exit" }));
    expect(await client.exited).toBe(0);
  });

  it("answers a request whose handler throws with an error, and goes on answering", async () => {
    // Parameters no client should send: the handlers read fields that are not there.
    client.write(frame(hover(301, {})));
    client.write(frame(request(302, "textDocument/codeAction", { textDocument: null })));
    client.write(frame({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: null } }));
    for (const id of [301, 302]) expect((await client.response(id)).error, String(id)).toMatchObject({ code: -32603 });
    client.write(frame(hover(304)));
    expect((await client.response(304)).result).toMatchObject({ contents: { kind: "markdown" } });
    expect(client.child.exitCode).toBeNull();
  });

  it("ends when stdin ends, with exit code 1 when the client never asked it to shut down", async () => {
    client.child.stdin!.end();
    expect(await client.exited).toBe(1);
  });
});
