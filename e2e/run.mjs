// `npm run test:e2e`: Isnad in a real VS Code (code-server 1.99 + Debian's headless Chromium).
// 1. the mocha suite of client/src/test/ in the extension host, with the real `vscode` API;
// 2. the UI smoke test: squiggle, Problems panel, hover, screenshot in test-results/.
// Both work on copies of samples/ in a temporary folder. Exits 0 only when every test passed.
//
// usage: node e2e/run.mjs [--only exthost|ui] [--vsix [--vsix-file FILE]] [--no-build] [--keep]
//   --vsix     install the packaged .vsix into code-server (the newest *.vsix in the repository,
//              or --vsix-file FILE) and run both tests on it instead of the development folder
//   --no-build use dist/ and out/test/ as they are
//   --keep     keep the temporary folder (workspaces, profile, logs) and print its path
// For work on the harness itself: --extension DIR (another development extension), --tests FILE
// (another tests module), --samples DIR (another workspace to copy), --expect FILE (what the
// smoke test looks for, as JSON: see e2e/smoke-expectation.json).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser } from "./lib/browser.mjs";
import { freePort, killGroupNow, prepareProfile, startCodeServer } from "./lib/code-server.mjs";
import { runExtensionHostTests } from "./lib/extension-host.mjs";
import { ensureTool, extensionManifest, RESULTS_DIR, ROOT } from "./lib/tools.mjs";
import { runUiSmoke } from "./lib/ui-smoke.mjs";
import { copySamples } from "./lib/workspace.mjs";

const { values: args } = parseArgs({
  options: {
    only: { type: "string" },
    vsix: { type: "boolean" },
    "vsix-file": { type: "string" },
    "no-build": { type: "boolean" },
    keep: { type: "boolean" },
    extension: { type: "string" },
    tests: { type: "string" },
    samples: { type: "string" },
    expect: { type: "string" },
  },
  allowPositionals: false,
});

const t0 = Date.now();
const log = (line) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1).padStart(5)}s] ${line}`);
const kinds = args.only ? [args.only] : ["exthost", "ui"];
for (const k of kinds) if (!["exthost", "ui"].includes(k)) usage(`unknown --only ${k}`);

/** Process groups this run started; killed on any exit, including a crash or a signal. */
const groups = new Set();
/** The run's temporary folder (workspaces, profiles, browser); removed on any exit unless --keep. */
let runDir = "";
process.on("exit", () => {
  for (const g of groups) killGroupNow(g);
  try {
    if (runDir && !args.keep) fs.rmSync(runDir, { recursive: true, force: true, maxRetries: 3 });
  } catch (e) {
    console.error(`e2e: could not remove ${runDir}: ${e instanceof Error ? e.message : e}`);
  }
});
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => { log(`${signal}: stopping`); process.exit(130); });
}
/** e2e/ci.sh passes a file to record them in, so that it can kill them even if this process is killed. */
function track(pgid) {
  groups.add(pgid);
  if (process.env.ISNAD_E2E_PGIDS) fs.appendFileSync(process.env.ISNAD_E2E_PGIDS, `${pgid}\n`);
}

const extensionFolder = path.resolve(args.extension ?? ROOT);
const testsModule = path.resolve(args.tests ?? path.join(ROOT, "out", "test", "extension-host.js"));
const samples = path.resolve(args.samples ?? path.join(ROOT, "samples"));
const expectations = [JSON.parse(fs.readFileSync(args.expect ?? path.join(ROOT, "e2e", "smoke-expectation.json"), "utf8"))].flat();

ensureTool("code-server");
if (!args["no-build"]) {
  // A .vsix carries its own bundles (npm run package built them); the tests are built here.
  const builds = [...(args.vsix || args.extension ? [] : ["build"]), ...(kinds.includes("exthost") && !args.tests ? ["build:tests"] : [])];
  for (const script of builds) {
    log(`npm run ${script}`);
    execFileSync("npm", ["run", "--silent", script], { cwd: ROOT, stdio: "inherit" });
  }
}

fs.mkdirSync(RESULTS_DIR, { recursive: true });
// A failure's screenshot from an earlier run must not pass for this run's.
for (const f of fs.readdirSync(RESULTS_DIR)) if (f.endsWith("-failure.png")) fs.rmSync(path.join(RESULTS_DIR, f));
runDir = fs.mkdtempSync(path.join(os.tmpdir(), "isnad-e2e-"));
const summary = { passed: 0, failed: 0 };
let server;
let chromium;
try {
  const port = await freePort();
  const manifest = JSON.parse(fs.readFileSync(path.join(extensionFolder, "package.json"), "utf8"));
  const extension = args.vsix
    ? { vsix: path.resolve(args["vsix-file"] ?? newestVsix()) }
    : { folder: extensionFolder, id: `${manifest.publisher}.${manifest.name}`, version: manifest.version };
  if ("vsix" in extension) log(`installing ${path.relative(process.cwd(), extension.vsix)} into code-server`);
  const profile = prepareProfile({ runDir, port, extension });
  // Each test gets its own copy: the extension-host suite edits documents, and code-server keeps
  // per-folder state (open editors, undo) that must not leak into the smoke test.
  const wsExthost = copySamples(path.join(runDir, "ws-exthost"), { source: samples, settings: { "isnad.debounceMs": 0 } });
  const wsUi = copySamples(path.join(runDir, "ws-ui"), { source: samples });

  const started = Date.now();
  server = await startCodeServer({ port, workspace: wsUi, profile });
  track(server.pgid);
  log(`code-server ${server.url} ready after ${Date.now() - started} ms (pgid ${server.pgid})`);
  chromium = await launchBrowser(path.join(runDir, "chromium"));
  if (chromium.pid) track(chromium.pid);
  const { browser } = chromium;

  if (kinds.includes("exthost")) {
    const subject = args.vsix ? "the installed .vsix" : path.relative(ROOT, extensionFolder) || "the development folder";
    log(`extension-host suite: ${path.relative(ROOT, testsModule)} on ${subject}`);
    let counts = null;
    const code = await runExtensionHostTests({
      browser, baseUrl: server.url, workspace: wsExthost, timeoutMs: 120_000,
      failureScreenshot: path.join(RESULTS_DIR, args.vsix ? "extension-host-vsix-failure.png" : "extension-host-failure.png"),
      extensionDevelopmentPath: args.vsix ? emptyDevelopmentExtension(runDir) : extensionFolder, extensionTestsPath: testsModule,
      onLine: (line) => {
        // The suite reports figures on marked lines (client/src/test/index.ts).
        const first = /^isnad-e2e first-diagnostic-at (\d+)$/.exec(line);
        if (first) return log(`first diagnostic in the extension host ${Number(first[1]) - started} ms after code-server was started`);
        const result = /^isnad-e2e result (\{.*\})$/.exec(line);
        if (result) { counts = JSON.parse(result[1]); return; }
        console.log(`  ${line}`);
      },
    });
    log(`extension-host suite exit code: ${code}`);
    if (counts) {
      summary.passed += counts.passed;
      summary.failed += counts.failed;
    }
    // A suite that crashed or hung before mocha counted anything is still a failure.
    if (code !== 0 && (!counts || counts.failed === 0)) summary.failed += 1;
  }

  if (kinds.includes("ui")) {
    log(`UI smoke test on ${expectations.map((e) => e.file).join(", ")} (${"vsix" in extension ? "installed .vsix" : "development folder"})`);
    const screenshot = path.join(RESULTS_DIR, args.vsix ? "ui-smoke-vsix.png" : "ui-smoke.png");
    const smokeStarted = Date.now();
    const result = await runUiSmoke({
      browser, baseUrl: server.url, workspace: wsUi, expect: expectations, screenshot,
      log: (line) => console.log(`  ${line}`),
    });
    if (result.firstSquiggleAt) log(`squiggle visible ${result.firstSquiggleAt - smokeStarted} ms after the browser opened the workbench`);
    summary.passed += result.passed.length;
    summary.failed += result.failed.length;
  }
} catch (e) {
  console.error(e);
  summary.failed += 1;
} finally {
  if (chromium) await chromium.close().catch(() => {});
  if (server) {
    await server.stop();
    fs.copyFileSync(server.log, path.join(RESULTS_DIR, args.vsix ? "code-server-vsix.log" : "code-server.log"));
  }
  if (args.keep) log(`kept ${runDir}`);
}
log(`done in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
console.log(`e2e: ${summary.passed} passed, ${summary.failed} failed`);
process.exit(summary.failed === 0 && summary.passed > 0 ? 0 : 1);

/**
 * With a .vsix the installed extension is the one under test, but the workbench runs a tests
 * module only in extension development mode: an empty development extension turns that mode on
 * and leaves the installed Isnad alone.
 */
function emptyDevelopmentExtension(dir) {
  const folder = path.join(dir, "empty-development-extension");
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, "package.json"), JSON.stringify({
    name: "isnad-e2e-host", publisher: "isnad-e2e", version: "0.0.0", engines: { vscode: "^1.99.0" },
  }));
  return folder;
}

function newestVsix() {
  const name = extensionManifest().name;
  const found = fs.readdirSync(ROOT).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".vsix"))
    .map((f) => path.join(ROOT, f)).sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs);
  if (!found[0]) usage("no .vsix in the repository: run `npm run package` first");
  return found[0];
}

function usage(message) {
  console.error(`e2e: ${message}\nusage: node e2e/run.mjs [--only exthost|ui] [--vsix] [--vsix-file FILE] [--no-build] [--keep]`);
  process.exit(2);
}
