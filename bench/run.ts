/**
 * `npm run bench`: generates the corpus at each size (1k, 10k, 100k claims by default), checks
 * that exactly the planted cases are reported, then measures the cold command-line check against
 * the floor of reading the same files, and the language server over stdio: time to the first
 * complete diagnostics, edit latency, a burst of edits, hover (and completion), memory and the
 * longest event-loop block. Prints a table, the budgets, and as its last line one JSON object.
 *
 *   npm run bench -- --sizes 1000,10000 --runs 3 --edits 200 --burst 50 --seed 1 [--profile]
 *   npm run bench -- --hostile [--only WORDS] [--runs 1]   (scripts/hostile-bench.ts)
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { URI } from "vscode-uri";
import type { Diagnostic, ServerCapabilities } from "vscode-languageserver-protocol";
import { GENERATOR_VERSION, HOT_VALUE, writeCorpus, type Manifest, type Place } from "./corpus";
import { BenchClient } from "./lspDriver";
import { runHostile } from "../scripts/hostile-bench";
import { comparePlanted, type Reported } from "./verify";

const REPO = path.resolve(__dirname, "..");
const ISNAD = path.join(REPO, "dist", "isnad.js");
const BENCH_DIR = path.join(REPO, ".bench");

const { values: flags } = parseArgs({
  options: {
    sizes: { type: "string", default: "1000,10000,100000" },
    runs: { type: "string", default: "3" },
    edits: { type: "string", default: "200" },
    burst: { type: "string", default: "50" },
    hovers: { type: "string", default: "200" },
    seed: { type: "string", default: "1" },
    profile: { type: "boolean", default: false },
    "skip-cold": { type: "boolean", default: false },
    "skip-lsp": { type: "boolean", default: false },
    hostile: { type: "boolean", default: false },
    only: { type: "string" },
  },
});
const sizes = flags.sizes.split(",").map((s) => Number(s.replace(/k$/i, "000")));
const runs = Number(flags.runs);
const seed = Number(flags.seed);
const profileDir = path.join(BENCH_DIR, "profiles");
const profileArgs = flags.profile ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];

// The floor: a plain Node process reading every claims file and article as UTF-8, one after another.
const FLOOR = `
const fs = require("fs"), path = require("path");
let chars = 0, files = 0;
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== "node_modules" && !e.name.startsWith(".")) walk(full); }
    else if (e.name.endsWith(".claims") || e.name.endsWith(".txt")) { chars += fs.readFileSync(full, "utf8").length; files++; }
  }
};
walk(process.cwd());
process.stdout.write(JSON.stringify({ files, chars }));
`;

interface SizeResult {
  claims: number;
  files: number;
  chars: number;
  planted_found: number;
  planted_total: number;
  false_reports: number;
  lsp_false_reports?: number;
  lsp_planted_found?: number;
  cold_check_ms?: number;
  read_ms?: number;
  cold_ratio?: number;
  ready_ms?: number;
  /** Whether the open file's diagnostics at `ready_ms` were already those after the whole index. */
  ready_complete?: boolean;
  startup_block_ms?: number;
  index_block_ms?: number;
  /** Longest garbage-collection pause while indexing and while editing. */
  index_gc_ms?: number;
  edit_gc_ms?: number;
  edit_block_ms?: number;
  max_block_ms?: number;
  edit_p50_ms?: number;
  edit_p95_ms?: number;
  edit_max_ms?: number;
  edit_hot_p95_ms?: number;
  edit_warm_p95_ms?: number;
  burst_ms?: number;
  burst_ok?: boolean;
  hover_p95_ms?: number;
  completion_p95_ms?: number;
  rss_mb?: number;
  heap_mb?: number;
}

function corpus(claims: number): { dir: string; manifest: Manifest } {
  const dir = path.join(BENCH_DIR, `corpus-${claims}-s${seed}`);
  const file = path.join(dir, "manifest.json");
  if (existsSync(file)) {
    const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
    if (manifest.version === GENERATOR_VERSION) return { dir, manifest };
  }
  const started = performance.now();
  const manifest = writeCorpus(dir, { claims, seed });
  log(`generated ${manifest.claims} claims, ${manifest.claimsFiles} claims files in ${dir} (${ms(performance.now() - started)} ms)`);
  return { dir, manifest };
}

function timed(args: string[], cwd: string): { ms: number; stdout: string; status: number | null } {
  const started = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  const elapsed = performance.now() - started;
  if (r.status === 2 || r.error) throw new Error(`node ${args.join(" ")} failed: ${r.error?.message ?? r.stderr}`);
  return { ms: elapsed, stdout: r.stdout, status: r.status };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? NaN;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] ?? NaN;
}

const ms = (x: number) => Math.round(x * 10) / 10;
const loadAtStart = os.loadavg().map((x) => ms(x));
const log = (message: string) => process.stderr.write(`${message}\n`);

/** The planted check through the command line: `isnad check . --all --format json`. */
function plantedByCli(dir: string, manifest: Manifest) {
  const r = timed([ISNAD, "check", ".", "--all", "--format", "json"], dir);
  const reported = (JSON.parse(r.stdout) as { file: string; line: number; code: string }[]).map((d) => ({ file: d.file.split(path.sep).join("/"), line: d.line, code: d.code }));
  return comparePlanted(manifest.planted, reported);
}

function cold(dir: string): { cold_check_ms: number; read_ms: number; files: number; chars: number } {
  const floor = () => timed(["-e", FLOOR], dir);
  const check = () => timed([...profileArgs, ISNAD, "check", "."], dir);
  const read = floor();
  check(); // warm-up: both see a warm file cache
  const reads: number[] = [];
  const checks: number[] = [];
  for (let i = 0; i < runs; i++) {
    reads.push(floor().ms);
    checks.push(check().ms);
  }
  const { files, chars } = JSON.parse(read.stdout) as { files: number; chars: number };
  return { cold_check_ms: median(checks), read_ms: median(reads), files, chars };
}

async function lsp(dir: string, manifest: Manifest): Promise<Partial<SizeResult>> {
  // Remembered: the edit loop asks for the URIs of 100 files after every notification, and
  // building them again each time cost the harness milliseconds that were counted as latency.
  const uris = new Map<string, string>();
  const uriOf = (file: string) => uris.get(file) ?? uris.set(file, URI.file(path.join(dir, file)).toString()).get(file)!;
  const editUri = uriOf(manifest.editFile);
  const editText0 = readFileSync(path.join(dir, manifest.editFile), "utf8");
  const client = new BenchClient(ISNAD, profileArgs);
  const out: Partial<SizeResult> = {};
  try {
    const started = performance.now();
    const capabilities: ServerCapabilities = await client.initialize(URI.file(dir).toString());
    // The server's start (answering `initialize`) apart from the index that follows it.
    const atStart = (await client.connection.sendRequest("isnad/stats", { reset: true })) as { maxBlockMs: number };
    out.startup_block_ms = atStart.maxBlockMs;
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: editUri, languageId: "claims", version: 1, text: editText0 } });
    // Complete diagnostics: the edited file hosts a planted quote check, so they show the articles were read.
    const expectedCodes = manifest.planted.filter((p) => p.file === manifest.editFile).map((p) => p.code);
    const readyAt = await client.until(() => {
      const codes = new Set((client.latest.get(editUri)?.diagnostics ?? []).map((d) => String(d.code)));
      return expectedCodes.every((c) => codes.has(c));
    });
    out.ready_ms = readyAt - started;
    // The server publishes the open file as soon as the files it depends on are indexed: what it
    // said then must be what it says once the whole archive is.
    const atReady = JSON.stringify(client.latest.get(editUri)?.diagnostics ?? []);
    const afterIndex = (await client.connection.sendRequest("isnad/stats", { idle: true, reset: true })) as { rssMb: number; heapUsedMb: number; maxBlockMs: number; maxGcMs: number };
    out.ready_complete = atReady === JSON.stringify(client.latest.get(editUri)?.diagnostics ?? []);
    out.index_gc_ms = afterIndex.maxGcMs;
    out.rss_mb = afterIndex.rssMb;
    out.heap_mb = afterIndex.heapUsedMb;
    out.index_block_ms = afterIndex.maxBlockMs;

    // The same planted check on what the server published.
    const reported: Reported[] = [];
    // Articles show the diagnostics of the claims quoting them too: only claims files are compared.
    for (const [uri, { diagnostics }] of client.latest) {
      if (!uri.endsWith(".claims")) continue;
      const file = path.relative(dir, URI.parse(uri).fsPath).split(path.sep).join("/");
      for (const d of diagnostics) reported.push({ file, line: d.range.start.line + 1, code: String(d.code) });
    }
    const byLsp = comparePlanted(manifest.planted, reported);
    out.lsp_false_reports = byLsp.false_reports;
    out.lsp_planted_found = byLsp.planted_found;
    if (byLsp.false_reports > 0 || byLsp.missing.length > 0) log(`LSP planted check: missing ${byLsp.missing.slice(0, 5).join("; ")} extra ${byLsp.extra.slice(0, 5).join("; ")}`);

    // Edits: each sent once the previous edit's diagnostics arrived.
    let version = 1;
    // An edited claim that cites the same statement as another is a same-origin contradiction of it.
    const disputes = (d: Diagnostic) => d.code === "contradiction" || d.code === "same-origin-contradiction";
    const hasContradictionAt = (place: Place) => (client.latest.get(uriOf(place.file))?.diagnostics ?? []).some((d: Diagnostic) => disputes(d) && d.range.start.line === place.line);
    const change = (place: Place, value: string) =>
      client.connection.sendNotification("textDocument/didChange", {
        textDocument: { uri: editUri, version: ++version },
        contentChanges: [{ range: { start: { line: place.line, character: place.character }, end: { line: place.line, character: place.character + value.length } }, text: value }],
      });
    const [hotEdit] = manifest.hot;
    const [warmEdit] = manifest.warm;
    if (!hotEdit || !warmEdit || hotEdit.file !== manifest.editFile || warmEdit.file !== manifest.editFile) throw new Error("the manifest names no hot and warm claim in the edited file");
    const hotValue = String(HOT_VALUE);
    const warmValue = warmEdit.value;
    const edits = Number(flags.edits);
    const all: number[] = [];
    const hot: number[] = [];
    const warm: number[] = [];
    let hotOff = false;
    let warmOff = false;
    for (let i = 0; i < edits; i++) {
      const onHot = i % 2 === 0;
      const group = onHot ? manifest.hot : manifest.warm;
      const contradicted = onHot ? (hotOff = !hotOff) : (warmOff = !warmOff);
      const base = onHot ? hotValue : warmValue;
      const value = contradicted ? String(Number(base) + 1) : base;
      const t0 = performance.now();
      await change(group[0] as Place, value);
      const at = await client.until(() => group.every((p) => (client.latest.get(uriOf(p.file))?.at ?? -1) > t0 && hasContradictionAt(p) === contradicted));
      const latency = at - t0;
      all.push(latency);
      (onHot ? hot : warm).push(latency);
    }
    out.edit_p50_ms = percentile(all, 50);
    out.edit_p95_ms = percentile(all, 95);
    out.edit_max_ms = Math.max(...all);
    out.edit_hot_p95_ms = percentile(hot, 95);
    out.edit_warm_p95_ms = percentile(warm, 95);

    // A burst: edits back to back; the diagnostics that arrive last must be those of the final text.
    const burst = Number(flags.burst);
    const finalValue = String(HOT_VALUE + 2);
    const b0 = performance.now();
    for (let i = 0; i < burst; i++) void change(hotEdit, i === burst - 1 ? finalValue : String(HOT_VALUE + (i % 2)));
    const mentionsFinal = (p: Place) => (client.latest.get(uriOf(p.file))?.diagnostics ?? []).some((d) => disputes(d) && d.range.start.line === p.line && String(d.message).includes(finalValue));
    await client.until(() => manifest.hot.every(mentionsFinal));
    out.burst_ms = performance.now() - b0;
    await client.connection.sendRequest("isnad/stats", { idle: true });
    out.burst_ok = manifest.hot.every(mentionsFinal);
    await change(hotEdit, hotValue);
    await client.until(() => manifest.hot.every((p) => !hasContradictionAt(p)));

    // Hover on claims spread over the corpus, and on the edited file.
    const places = [...manifest.hoverPlaces, hotEdit, warmEdit];
    const hovers: number[] = [];
    for (let i = 0; i < Number(flags.hovers); i++) {
      const p = places[i % places.length] as Place;
      const t0 = performance.now();
      const h = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: uriOf(p.file) }, position: { line: p.line, character: p.character } });
      hovers.push(performance.now() - t0);
      if (i === 0 && !h) log("hover answered nothing on a claim value");
    }
    out.hover_p95_ms = percentile(hovers, 95);
    if (capabilities.completionProvider) {
      const completions: number[] = [];
      for (let i = 0; i < 100; i++) {
        const t0 = performance.now();
        await client.connection.sendRequest("textDocument/completion", { textDocument: { uri: editUri }, position: { line: hotEdit.line, character: 6 } });
        completions.push(performance.now() - t0);
      }
      out.completion_p95_ms = percentile(completions, 95);
    }
    const afterEdits = (await client.connection.sendRequest("isnad/stats", { idle: true })) as { maxBlockMs: number; maxGcMs: number };
    out.edit_block_ms = afterEdits.maxBlockMs;
    out.edit_gc_ms = afterEdits.maxGcMs;
    out.max_block_ms = Math.max(out.index_block_ms ?? 0, out.edit_block_ms);
  } finally {
    await client.stop();
    if (client.stderr) log(`server stderr: ${client.stderr.slice(0, 2000)}`);
  }
  return out;
}

async function main(): Promise<void> {
  // The hostile inputs of issue 20: each doubled through four sizes, every ratio printed.
  if (flags.hostile) {
    const held = await runHostile(flags.only, Number(flags.runs));
    process.exitCode = held ? 0 : 1;
    return;
  }
  if (!existsSync(ISNAD)) throw new Error(`${ISNAD} is missing: run npm run build`);
  mkdirSync(BENCH_DIR, { recursive: true });
  const results: SizeResult[] = [];
  for (const size of sizes) {
    const { dir, manifest } = corpus(size);
    log(`— ${manifest.claims} claims in ${manifest.claimsFiles} claims files`);
    const planted = plantedByCli(dir, manifest);
    if (planted.missing.length > 0 || planted.extra.length > 0) log(`planted check: missing ${planted.missing.slice(0, 10).join("; ")} | extra ${planted.extra.slice(0, 10).join("; ")}`);
    const r: SizeResult = { claims: manifest.claims, files: 0, chars: 0, planted_found: planted.planted_found, planted_total: planted.planted_total, false_reports: planted.false_reports };
    if (!flags["skip-cold"]) {
      const c = cold(dir);
      Object.assign(r, c, { cold_ratio: c.cold_check_ms / c.read_ms });
      log(`   cold check ${ms(c.cold_check_ms)} ms, read ${ms(c.read_ms)} ms`);
    }
    if (!flags["skip-lsp"]) Object.assign(r, await lsp(dir, manifest));
    results.push(r);
    log(`   ${JSON.stringify(roundAll(r))}`);
  }
  report(results);
}

function roundAll<X extends object>(x: X): X {
  return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, typeof v === "number" ? ms(v) : v])) as X;
}

function report(results: SizeResult[]): void {
  const columns: [keyof SizeResult, string][] = [
    ["claims", "claims"], ["files", "files"], ["cold_check_ms", "cold ms"], ["read_ms", "read ms"], ["cold_ratio", "ratio"],
    ["ready_ms", "ready ms"], ["edit_p50_ms", "edit p50"], ["edit_p95_ms", "edit p95"], ["edit_max_ms", "edit max"],
    ["burst_ms", "burst ms"], ["hover_p95_ms", "hover p95"], ["completion_p95_ms", "compl p95"], ["index_block_ms", "block idx"],
    ["edit_block_ms", "block edit"], ["rss_mb", "rss MB"], ["planted_found", "found"], ["planted_total", "planted"], ["false_reports", "false"],
  ];
  const cell = (v: unknown) => (typeof v === "number" ? String(ms(v)) : v === undefined ? "–" : String(v));
  const rows = [columns.map(([, h]) => h), ...results.map((r) => columns.map(([k]) => cell(r[k])))];
  const widths = columns.map((_, i) => Math.max(...rows.map((row) => (row[i] as string).length)));
  for (const row of rows) console.log(row.map((c, i) => c.padStart(widths[i] as number)).join("  "));

  const largest = results[results.length - 1] as SizeResult;
  const oneK = results.find((r) => r.claims < 2000);
  const p95_1k = oneK?.edit_p95_ms;
  const budgets: Record<string, boolean | null> = {
    planted: results.every((r) => r.planted_found === r.planted_total && r.false_reports === 0 && (r.lsp_false_reports ?? 0) === 0),
    cold_check: largest.cold_check_ms === undefined ? null : largest.cold_check_ms <= 3 * (largest.read_ms ?? 0),
    ready: largest.ready_ms === undefined || largest.read_ms === undefined ? null : largest.ready_ms <= 3 * largest.read_ms && largest.ready_complete === true,
    edit_p95_20ms: largest.edit_p95_ms === undefined ? null : largest.edit_p95_ms <= 20,
    edit_p95_vs_1k: largest.edit_p95_ms === undefined || p95_1k === undefined ? null : largest.edit_p95_ms <= Math.max(1.5 * p95_1k, p95_1k + 3),
    burst_final: largest.burst_ok ?? null,
    hover_p95: largest.hover_p95_ms === undefined ? null : largest.hover_p95_ms <= 10,
    max_block: largest.max_block_ms === undefined ? null : results.every((r) => (r.max_block_ms ?? 0) <= 50),
    rss: largest.rss_mb === undefined ? null : largest.rss_mb <= 400,
  };
  console.log("");
  for (const [name, ok] of Object.entries(budgets)) console.log(`${ok === null ? "skip" : ok ? "pass" : "FAIL"}  ${name}`);
  const pass = Object.values(budgets).every((ok) => ok !== false);
  // The load average says whether other work shared the cores: timings on a busy machine are not comparable.
  const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, mem_gb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}`, loadavg_start: loadAtStart, loadavg_end: os.loadavg().map((x) => ms(x)) };
  const json = {
    ...roundAll(largest),
    edit_p95_ms_1k: p95_1k === undefined ? null : ms(p95_1k),
    by_size: results.map(roundAll),
    budgets,
    pass,
    machine,
  };
  console.log(JSON.stringify(json));
  // A missed budget is a figure to read, not a broken run; a planted case missed or a false report is.
  process.exitCode = budgets.planted ? 0 : 1;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(2);
});
