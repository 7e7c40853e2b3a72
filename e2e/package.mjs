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
  // vsce writes these three under names of its own case.
  /^extension\/readme\.md$/i,
  /^extension\/license(\.txt)?$/i,
  /^extension\/changelog\.md$/i,
  /^extension\/images\/icon\.png$/,
  /^extension\.vsixmanifest$/,
  /^\[Content_Types\]\.xml$/,
];

const manifest = extensionManifest();
const out = path.join(ROOT, `${manifest.name}-${manifest.version}.vsix`);

ensureTool("vsce");
const vsce = toolBin("vsce", "vsce");
// vsce packs a staging copy, not the work tree: a `npm run build` running at the same time (a
// test's set-up, say) would otherwise put a development build into dist/ while vsce reads it.
const stage = path.join(TOOLS_DIR, "package");
for (let attempt = 1; ; attempt++) {
  execFileSync("node", ["esbuild.mjs", "--production"], { cwd: ROOT, stdio: "inherit" });
  // The files .vscodeignore lets through, as vsce itself lists them.
  const files = execFileSync(vsce, ["ls", "--no-dependencies"], { cwd: ROOT, encoding: "utf8" }).split("\n").filter(Boolean);
  fs.rmSync(stage, { recursive: true, force: true });
  for (const file of [...files.filter((f) => f.startsWith("dist/")), ...files.filter((f) => !f.startsWith("dist/")), ".vscodeignore"]) {
    fs.mkdirSync(path.dirname(path.join(stage, file)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, file), path.join(stage, file));
  }
  const stale = files.filter((f) => f.startsWith("dist/") && fs.readFileSync(path.join(stage, f), "utf8").includes("//# sourceMappingURL="));
  if (!stale.length) break;
  if (attempt === 3) throw new Error(`a development build keeps replacing ${stale.join(", ")}: stop the other build and run npm run package again`);
  console.log("package: a development build came into dist/ meanwhile; building again");
}
execFileSync(vsce, [
  "package",
  // The bundles hold every dependency; node_modules stays out.
  "--no-dependencies",
  // No public repository yet: vsce would otherwise ask, and CI has no one to answer; nor can
  // it rewrite the README's relative links to absolute ones, which it refuses to leave otherwise.
  "--allow-missing-repository",
  "--no-rewrite-relative-links",
  "--out", out,
], { cwd: stage, stdio: "inherit" });
fs.rmSync(stage, { recursive: true, force: true });

const entries = await listZip(out);
const problems = [];
for (const e of entries) {
  if (!ALLOWED.some((re) => re.test(e.name))) problems.push(`unexpected file in the .vsix: ${e.name}`);
}
for (const file of referencedFiles(manifest)) {
  if (!entries.some((e) => e.name === `extension/${file}`)) problems.push(`package.json names ${file}, which is not in the .vsix`);
}
// Translations: `%key%` strings in package.json need package.nls.json; `l10n` names a folder of bundles.
if (/"%[\w.-]+%"/.test(JSON.stringify(manifest)) && !entries.some((e) => e.name === "extension/package.nls.json")) {
  problems.push("package.json has %key% strings but package.nls.json is not in the .vsix");
}
if (manifest.l10n) {
  const folder = path.posix.normalize(manifest.l10n.replace(/^\.\//, "")).replace(/\/$/, "");
  if (!entries.some((e) => e.name.startsWith(`extension/${folder}/`))) problems.push(`package.json's l10n folder ${folder}/ is not in the .vsix`);
}
for (const name of await developmentBundles(out)) problems.push(`${name} is a development build (it links a source map)`);
const size = fs.statSync(out).size;
if (size > MAX_BYTES) problems.push(`the .vsix is ${kib(size)}, more than ${kib(MAX_BYTES)}`);

console.log(`\n${path.relative(process.cwd(), out)}: ${kib(size)}, ${entries.length} files`);
for (const e of entries) console.log(`  ${kib(e.size).padStart(10)}  ${e.name}`);
if (problems.length) {
  for (const p of problems) console.error(`package: ${p}`);
  process.exit(1);
}

/** The bundles of the .vsix that are development builds: they link a source map, unminified. */
async function developmentBundles(file) {
  const found = [];
  for (const e of await listZip(file)) {
    if (/^extension\/dist\/.*\.js$/.test(e.name) && (await readZipEntry(file, e.name)).includes("//# sourceMappingURL=")) found.push(e.name);
  }
  return found;
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

/** yauzl, which vsce brings along: no unzip binary needed. */
function yauzl() {
  return createRequire(path.join(TOOLS_DIR, "vsce", "node_modules", "@vscode", "vsce", "package.json"))("yauzl");
}

/** The text of one entry of a zip. */
async function readZipEntry(file, name) {
  return new Promise((resolve, reject) => {
    yauzl().open(file, { lazyEntries: true }, (err, zip) => {
      if (err) return reject(err);
      zip.on("entry", (e) => {
        if (e.fileName !== name) return zip.readEntry();
        zip.openReadStream(e, (error, stream) => {
          if (error) return reject(error);
          const chunks = [];
          stream.on("data", (c) => chunks.push(c));
          stream.on("end", () => { zip.close(); resolve(Buffer.concat(chunks).toString("utf8")); });
        });
      });
      zip.on("end", () => reject(new Error(`${name} is not in ${file}`)));
      zip.readEntry();
    });
  });
}

/** Lists a zip's entries with their uncompressed sizes. */
async function listZip(file) {
  return new Promise((resolve, reject) => {
    yauzl().open(file, { lazyEntries: true }, (err, zip) => {
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
