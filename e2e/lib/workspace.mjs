// The tests never touch samples/: each run works on a copy in a temporary folder.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./tools.mjs";

/**
 * Copies samples/ to `dest` and merges `settings` into the copy's .vscode/settings.json, e.g.
 * `isnad.debounceMs: 0` so that a test waits on the server, not on a debounce timer.
 * @param {string} dest
 * @param {{source?: string, settings?: Record<string, unknown>}} [o]
 */
export function copySamples(dest, { source = path.join(ROOT, "samples"), settings = {} } = {}) {
  if (!fs.existsSync(source)) throw new Error(`no samples folder at ${source}`);
  fs.cpSync(source, dest, { recursive: true });
  const file = path.join(dest, ".vscode", "settings.json");
  const existing = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ ...existing, ...settings }, null, 2) + "\n");
  return dest;
}
