// Where the end-to-end tools live, and installing them on demand (e2e/install-tools.sh).
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root: the extension's development folder. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Ignored folder holding the tools and nothing else (as @vscode/test-electron's .vscode-test/). */
export const TOOLS_DIR = path.join(ROOT, ".vscode-test");

/** Screenshots and logs of the last run, ignored by git. */
export const RESULTS_DIR = path.join(ROOT, "test-results");

/** Debian's Chromium: Playwright's own browser download cannot work offline. */
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";

/** Installs a tool of e2e/tools/ unless the same pinned versions are already there. */
export function ensureTool(name) {
  try {
    execFileSync(path.join(ROOT, "e2e", "install-tools.sh"), [name], { stdio: "inherit" });
  } catch {
    // install-tools.sh has said why (a missing Debian package, npm's error): no stack trace.
    process.exit(1);
  }
}

/** Path of an installed tool's executable, such as `code-server` or `vsce`. */
export function toolBin(tool, bin) {
  return path.join(TOOLS_DIR, tool, "node_modules", ".bin", bin);
}

/** Loads playwright-core from the tool folder, so that the project never depends on it. */
export function loadPlaywright() {
  const require = createRequire(path.join(TOOLS_DIR, "code-server", "package.json"));
  return require("playwright-core");
}

/** The extension's manifest, read fresh: the lead edits it while tests are written. */
export function extensionManifest() {
  return JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
}

/** `publisher.name`, the id VS Code knows the extension by. */
export function extensionId() {
  const m = extensionManifest();
  return `${m.publisher}.${m.name}`;
}
