/**
 * Preloaded (`node --require`) by the containment tests into the command line or the server:
 * records every path the process opens, lists or writes, and every attempt to reach the network
 * or to run a program, and writes the record as JSON to `ISNAD_TRAP_REPORT` when the process
 * exits. The calls to the network and to programs also throw, so that none succeeds. The calls
 * are trapped, not the modules: vscode-jsonrpc loads `net` itself, and loading is not connecting.
 */
import { createRequire } from "node:module";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const load = createRequire(__filename);
type Module = Record<string, unknown>;

export interface TrapReport {
  opened: string[];
  listed: string[];
  written: string[];
  network: string[];
  programs: string[];
}

const report: TrapReport = { opened: [], listed: [], written: [], network: [], programs: [] };
const fs = load("node:fs") as typeof import("node:fs");
const writeReport = fs.writeFileSync.bind(fs);

/** A path argument as an absolute path; a file descriptor names no path (it was opened by a traced call). */
function pathOf(arg: unknown): string | undefined {
  if (typeof arg === "string") return path.resolve(arg);
  if (Buffer.isBuffer(arg)) return path.resolve(arg.toString());
  if (arg instanceof URL) return arg.protocol === "file:" ? fileURLToPath(arg) : arg.href;
  return undefined;
}

/** Replaces `module[name]` by a function that records its first argument in `list`, then calls the original. */
function record(module: Module, names: string[], list: string[]): void {
  for (const name of names) {
    const original = module[name];
    if (typeof original !== "function") continue;
    module[name] = function (this: unknown, ...args: unknown[]) {
      const at = pathOf(args[0]);
      if (at !== undefined) list.push(at);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}

/** Replaces `module[name]` by a function that records the call in `list` and throws. */
function forbid(module: Module, names: string[], list: string[], label: string): void {
  for (const name of names) {
    if (typeof module[name] !== "function") continue;
    module[name] = (...args: unknown[]) => {
      list.push(`${label}.${name}(${args.filter((a) => typeof a === "string" || typeof a === "number").join(", ")})`);
      throw new Error(`isnad containment test: ${label}.${name} is forbidden`);
    };
  }
}

const fsModule = fs as unknown as Module;
const promises = fs.promises as unknown as Module;
record(fsModule, ["openSync", "open", "readFileSync", "readFile", "createReadStream", "watch", "watchFile", "openAsBlob"], report.opened);
record(promises, ["open", "readFile"], report.opened);
record(fsModule, ["readdirSync", "readdir", "opendirSync", "opendir"], report.listed);
record(promises, ["readdir", "opendir"], report.listed);
record(fsModule, ["writeFileSync", "writeFile", "appendFileSync", "appendFile", "createWriteStream", "mkdirSync", "mkdir", "renameSync", "rename", "unlinkSync", "unlink", "rmSync", "rm", "copyFileSync", "copyFile", "symlinkSync", "symlink"], report.written);
record(promises, ["writeFile", "appendFile", "mkdir", "rename", "unlink", "rm", "copyFile", "symlink"], report.written);

const net = load("node:net") as Module & { Socket: { prototype: Module }; Server: { prototype: Module } };
forbid(net, ["connect", "createConnection"], report.network, "net");
forbid(net.Socket.prototype, ["connect"], report.network, "net.Socket");
forbid(net.Server.prototype, ["listen"], report.network, "net.Server");
forbid(load("node:tls") as Module, ["connect"], report.network, "tls");
forbid(load("node:http") as Module, ["request", "get"], report.network, "http");
forbid(load("node:https") as Module, ["request", "get"], report.network, "https");
forbid(load("node:http2") as Module, ["connect"], report.network, "http2");
forbid(load("node:dgram") as Module, ["createSocket"], report.network, "dgram");
const dns = load("node:dns") as Module & { promises: Module };
const lookups = ["lookup", "lookupService", "resolve", "resolve4", "resolve6", "resolveAny", "resolveCname", "resolveMx", "resolveNs", "resolveTxt", "resolveSrv", "resolvePtr", "resolveNaptr", "resolveSoa", "resolveCaa", "reverse"];
forbid(dns, lookups, report.network, "dns");
forbid(dns.promises, lookups, report.network, "dns.promises");
forbid(globalThis as unknown as Module, ["fetch", "WebSocket", "EventSource"], report.network, "globalThis");
forbid(load("node:child_process") as Module, ["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"], report.programs, "child_process");

process.on("exit", () => {
  const file = process.env.ISNAD_TRAP_REPORT;
  if (file) writeReport(file, JSON.stringify(report));
});
