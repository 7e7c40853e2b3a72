// Containment and no network, proved on the real command line and the real server: a preload
// (testing/trap.ts) records every path the process opens, lists or writes and every attempt at
// the network or at running a program, while they work on a hostile workspace: links out of the
// root, `..` and absolute `text:` paths, `file:` URLs, a link to /dev/zero, named pipes, an
// isnad.json that is a link out. Nothing outside the workspace may be opened or listed, nothing
// written, no connection or look-up made, no program run.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { URI } from "vscode-uri";
import { LspClient, SERVER_BUNDLE } from "../lsp/testing/lspClient";
import type { TrapReport } from "./testing/trap";

const repo = path.resolve(__dirname, "../../..");
const bin = path.join(repo, "bin", "isnad.js");
/** The files of the program itself, which Node opens to load it. */
const PROGRAM = [bin, SERVER_BUNDLE];

const hostile = (outside: string) => {
  const sources: [string, string][] = [
    ["dotdot", "../outside/secret.txt"],
    ["absolute", `${outside}/secret.txt`],
    ["url", `file://${outside}/secret.txt`],
    ["encoded", "%2e%2e/outside/secret.txt"],
    ["around", "articles/../../outside/secret.txt"],
    ["filelink", "out.txt"],
    ["dirlink", "linked/secret.txt"],
    ["zero", "zero.txt"],
    ["pipe", "pipe.txt"],
    ["fine", "articles/ok.txt"],
  ];
  return sources.map(([id, text]) => `source ${id}\n  text: ${text}\nclaim cells {case: ${id}} = 13\n  quote: «تفكيك 13 خلية»\nclaim arrests {case: ${id}} = 4\n`).join("");
};

describe("containment and no network", () => {
  let base: string;
  let root: string;
  let outside: string;
  let trap: string;

  beforeAll(() => {
    base = realpathSync(mkdtempSync(path.join(tmpdir(), "isnad-contain-")));
    root = path.join(base, "ws");
    outside = path.join(base, "outside");
    mkdirSync(path.join(root, "articles"), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(outside, "secret.txt"), "أعلنت السلطات تفكيك 13 خلية.");
    writeFileSync(path.join(outside, "far.claims"), "source far\nclaim cells {case: fine} = 9\n");
    writeFileSync(path.join(outside, "isnad.json"), "{}");
    writeFileSync(path.join(root, "articles", "ok.txt"), "أعلنت السلطات تفكيك 13 خلية وتوقيف 4 أشخاص.");
    writeFileSync(path.join(root, "a.claims"), hostile(outside));
    symlinkSync(path.join(outside, "secret.txt"), path.join(root, "out.txt"));
    symlinkSync(outside, path.join(root, "linked"));
    symlinkSync("/dev/zero", path.join(root, "zero.txt"));
    symlinkSync(path.join(outside, "far.claims"), path.join(root, "out.claims"));
    symlinkSync(path.join(outside, "isnad.json"), path.join(root, "isnad.json"));
    execFileSync("mkfifo", [path.join(root, "pipe.txt"), path.join(root, "pipe.claims")]);
    trap = path.join(base, "trap.cjs");
    buildSync({ entryPoints: [path.join(__dirname, "testing", "trap.ts")], bundle: true, platform: "node", format: "cjs", outfile: trap, logLevel: "warning" });
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  const reportAt = (name: string) => path.join(base, `${name}.json`);
  const read = (file: string) => JSON.parse(readFileSync(file, "utf8")) as TrapReport;
  const inside = (p: string) => p === root || p.startsWith(`${root}${path.sep}`);
  /** What the report shows outside the workspace: it must be nothing. */
  const escapes = (report: TrapReport) => ({
    // A read by path also opens the path (readFileSync calls openSync): each path once.
    opened: [...new Set(report.opened)].filter((p) => !inside(p) && !PROGRAM.includes(p)),
    listed: [...new Set(report.listed)].filter((p) => !inside(p)),
    written: report.written,
    network: report.network,
    programs: report.programs,
  });
  const NOTHING = { opened: [], listed: [], written: [], network: [], programs: [] };

  it("the trap sees what it is there for: a read outside, a connection, a look-up, a fetch, a program", () => {
    const report = reportAt("sanity");
    const probe = `
      const attempt = (f) => { try { f(); } catch {} };
      require("node:fs").readFileSync(${JSON.stringify(path.join(outside, "secret.txt"))});
      attempt(() => require("node:net").connect(80, "127.0.0.1"));
      attempt(() => new (require("node:net").Socket)().connect(80, "127.0.0.1"));
      attempt(() => require("node:dns").lookup("example.com", () => {}));
      attempt(() => require("node:dns").promises.resolve4("example.com"));
      attempt(() => fetch("http://example.com"));
      attempt(() => require("node:https").get("https://example.com"));
      attempt(() => require("node:child_process").execSync("true"));
    `;
    spawnSync(process.execPath, ["--require", trap, "-e", probe], { env: { ...process.env, ISNAD_TRAP_REPORT: report } });
    const seen = escapes(read(report));
    expect(seen.opened).toEqual([path.join(outside, "secret.txt")]);
    expect(seen.network).toEqual(["net.connect(80, 127.0.0.1)", "net.Socket.connect(80, 127.0.0.1)", "dns.lookup(example.com)", "dns.promises.resolve4(example.com)", "globalThis.fetch(http://example.com)", "https.get(https://example.com)"]);
    expect(seen.programs).toEqual(["child_process.execSync(true)"]);
  });

  it("isnad check opens nothing outside the workspace, writes nothing, and makes no connection", () => {
    const report = reportAt("check");
    const r = spawnSync(process.execPath, ["--require", trap, bin, "check"], { cwd: root, encoding: "utf8", timeout: 20_000, env: { ...process.env, ISNAD_TRAP_REPORT: report } });
    // It did the work: every hostile path has its problem, and the fine article was read.
    const codes = r.stdout.trim().split("\n").map((line) => line.split(": ").slice(0, 2).join(": ").replace(/:\d+:\d+:/, ""));
    expect(codes).toEqual([
      ...["dotdot", "absolute", "url"].map(() => "a.claims error outside-root"),
      // `%2e%2e` is a folder's name as written, not `..`: there is no such folder.
      "a.claims warning missing-text",
      "a.claims error outside-root",
      ...["filelink", "dirlink", "zero", "pipe"].map(() => "a.claims error unreadable-file"),
      "out.claims error unreadable-file",
      "pipe.claims error unreadable-file",
    ]);
    expect(r.stderr).toContain("warning: isnad.json is a link that leads outside the workspace");
    const trapped = read(report);
    expect(trapped.opened).toContain(path.join(root, "articles", "ok.txt"));
    expect(escapes(trapped)).toEqual(NOTHING);
  });

  it("the language server opens nothing outside the workspace through any request, and makes no connection", async () => {
    const report = reportAt("lsp");
    const client = new LspClient({ nodeArgs: ["--require", trap], env: { ISNAD_TRAP_REPORT: report } });
    const rootUri = URI.file(root).toString();
    const a = `${rootUri}/a.claims`;
    await client.initialize(rootUri);
    await client.until(() => client.codes(a).length > 0);
    const text = readFileSync(path.join(root, "a.claims"), "utf8");
    const lines = text.split("\n");
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: a, languageId: "claims", version: 1, text } });
    const request = (method: string, params: object) => client.connection.sendRequest(method, params).catch((e: Error) => e);
    for (const [line, content] of lines.entries()) {
      const at = { textDocument: { uri: a }, position: { line, character: Math.min(8, content.length) } };
      await request("textDocument/hover", at);
      await request("textDocument/definition", at);
      await request("textDocument/references", { ...at, context: { includeDeclaration: true } });
      // The quick fixes of every line, among them the one that cites a passage of the article.
      await request("textDocument/codeAction", { textDocument: { uri: a }, range: { start: { line, character: 0 }, end: { line, character: content.length } }, context: { diagnostics: client.diagnostics.get(a) ?? [] } });
    }
    await request("textDocument/codeLens", { textDocument: { uri: a } });
    await request("textDocument/inlayHint", { textDocument: { uri: a }, range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } } });
    await request("workspace/symbol", { query: "" });
    // URIs that leave the root, however they are spelled, sent as documents, changes and commands.
    const away = [`${rootUri}/../outside/far.claims`, `${rootUri}/%2E%2E/outside/secret.txt`, URI.file(path.join(outside, "far.claims")).toString(), `${rootUri}/linked/far.claims`, "file:///etc/passwd"];
    for (const uri of away) {
      await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: uri.endsWith(".claims") ? "claims" : "plaintext", version: 1, text: "source x\nclaim cells {case: fine} = 7\n" } });
      await request("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 8 } });
      await request("workspace/executeCommand", { command: "isnad.claimFigure", arguments: [uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } }] });
    }
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [...away.map((uri) => ({ uri, type: 2 })), { uri: `${rootUri}/isnad.json`, type: 2 }, { uri: `${rootUri}/out.claims`, type: 2 }, { uri: `${rootUri}/pipe.txt`, type: 2 }] });
    await request("isnad/recheck", {});
    await client.until(() => client.codes(a).length > 0);
    await client.connection.sendRequest("shutdown");
    await client.connection.sendNotification("exit");
    expect(await client.exited).toBe(0);
    client.connection.dispose();
    const trapped = read(report);
    expect(trapped.opened).toContain(path.join(root, "articles", "ok.txt"));
    expect(escapes(trapped)).toEqual(NOTHING);
    expect(client.codes(a).filter((c) => c.endsWith("unreadable-file"))).toHaveLength(4);
  });
});
