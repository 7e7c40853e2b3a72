// `npm run package`: builds the bundles for production and packages isnad-<version>.vsix with
// @vscode/vsce 3, installed on demand into .vscode-test/vsce (its optional keyring module would
// want native build packages in a plain `npm install`). Then checks the .vsix: at most 3 MB, only
// what runs (the list below, which .vscodeignore lets through), and every file the manifest
// names really inside.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { ensureTool, extensionManifest, ROOT, TOOLS_DIR, toolBin } from "./lib/tools.mjs";

const MAX_BYTES = 3 * 1024 * 1024;

/** What a .vsix of Isnad may hold, besides vsce's own manifest files. */
const ALLOWED = [
  /^extension\/package\.json$/,
  /^extension\/dist\/(client|isnad)\.js$/,
  /^extension\/syntaxes\/[^/]+\.json$/,
  /^extension\/language-configuration\.json$/,
  /^extension\/schemas\/[^/]+\.json$/,
  /^extension\/package\.nls(\.[\w-]+)?\.json$/,
  /^extension\/l10n\/[^/]+\.json$/,
  /^extension\/README\.md$/,
  /^extension\/(LICENSE|LICENSE\.txt)$/,
  /^extension\/CHANGELOG\.md$/,
  /^extension\/images\/icon\.png$/,
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
];

const manifest = extensionManifest();
const out = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

execFileSync("node", ["esbuild.mjs", "--production"], { cwd: ROOT, stdio: "inherit" });
ensureTool("vsce");
execFileSync(toolBin("vsce", "vsce"), [
  "package",
  // The bundles hold every dependency; node_modules stays out.
  "--no-dependencies",
  // No public repository yet: vsce would otherwise ask, and CI has no one to answer.
  "--allow-missing-repository",
  "--out", out,
], { cwd: ROOT, stdio: "inherit" });

const entries = await listZip(out);
const problems = [];
for (const e of entries) {
  if (!ALLOWED.some((re) => re.test(e.name))) problems.push(`unexpected file in the .vsix: ${e.name}`);
}
for (const file of referencedFiles(manifest)) {
  if (!entries.some((e) => e.name === `extension/${file}`)) problems.push(`package.json names ${file}, which is not in the .vsix`);
}
const size = fs.statSync(out).size;
if (size > MAX_BYTES) problems.push(`the .vsix is ${kib(size)}, more than ${kib(MAX_BYTES)}`);

console.log(`\n${path.relative(process.cwd(), out)}: ${kib(size)}, ${entries.length} files`);
for (const e of entries) console.log(`  ${kib(e.size).padStart(10)}  ${e.name}`);
if (problems.length) {
  for (const p of problems) console.error(`package: ${p}`);
  process.exit(1);
}

/** Every local file the manifest points at: they must ship, or the extension breaks installed. */
function referencedFiles(m) {
  const files = [m.main, m.icon];
  const c = m.contributes ?? {};
  for (const g of c.grammars ?? []) files.push(g.path);
  for (const l of c.languages ?? []) files.push(l.configuration, l.icon?.light, l.icon?.dark);
  for (const j of c.jsonValidation ?? []) if (!/^[a-z]+:/i.test(j.url)) files.push(j.url);
  return files.filter((f) => typeof f === "string").map((f) => path.posix.normalize(f.replace(/^\.\//, "")));
}

/** Lists a zip's entries with yauzl, which vsce brings along: no unzip binary needed. */
async function listZip(file) {
  const require = createRequire(path.join(TOOLS_DIR, "vsce", "node_modules", "@vscode", "vsce", "package.json"));
  const yauzl = require("yauzl");
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      const found = [];
      zip.on("entry", (e) => { found.push({ name: e.fileName, size: e.uncompressedSize }); zip.readEntry(); });
      zip.on("end", () => resolve(found));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

function kib(bytes) {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
