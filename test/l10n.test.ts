// The translations are complete: every user-facing template of the core and the client has its
// Arabic, with the same placeholders; every `%key%` of package.json has its English and Arabic;
// the severity setting offers every check code.
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { CHECK_CODES } from "../server/src/core/checks/codes";

const root = path.resolve(__dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const json = (file: string) => JSON.parse(read(file)) as Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(path.join(root, file)).isDirectory()) return sources(file);
    return file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.includes("/test/") ? [file] : [];
  });
}

/** The string literals passed as templates: `msg("…")`, `said("…")`, `vscode.l10n.t("…")`, and the labels of related places. */
function templates(files: string[]): Set<string> {
  const out = new Set<string>();
  const call = /\b(?:msg|said|l10n\.t)\(\s*"((?:[^"\\]|\\.)*)"/g;
  const label = /relatedPlaces\([^,]+,\s*"((?:[^"\\]|\\.)*)"\)/g;
  for (const file of files) {
    const text = read(file);
    for (const re of [call, label]) for (const m of text.matchAll(re)) out.add(JSON.parse(`"${m[1]}"`) as string);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe("translations", () => {
  const arabic = json("l10n/bundle.l10n.ar.json") as Record<string, string>;
  const used = templates([...sources("server/src/core"), ...sources("server/src/cli"), ...sources("client/src")]);

  it("find the templates in the code", () => {
    expect(used).toContain("{0} contradicts {1}; origins: {2} against {3}");
    expect(used).toContain("$(warning) {0} contradictions");
  });

  it("give every template its Arabic, with the same placeholders", () => {
    const trivial = new Set(["{0}", "{0} — {1}", "{0} · {1}"]);
    const missing = [...used].filter((t) => !trivial.has(t) && !(t in arabic));
    expect(missing).toEqual([]);
    for (const [english, translated] of Object.entries(arabic)) expect(placeholders(translated), english).toEqual(placeholders(english));
  });

  it("hold no template the code no longer uses", () => {
    // Templates also reach msg() through a variable or a ternary: look for the literal anywhere.
    const code = [...sources("server/src"), ...sources("client/src")].map(read).join("\n");
    expect(Object.keys(arabic).filter((t) => !used.has(t) && !code.includes(JSON.stringify(t)))).toEqual([]);
  });

  it("give every %key% of package.json its English and Arabic", () => {
    const keys = new Set([...read("package.json").matchAll(/"%([^"%]+)%"/g)].map((m) => m[1] as string));
    const english = json("package.nls.json");
    const ar = json("package.nls.ar.json");
    expect([...keys].filter((k) => !(k in english))).toEqual([]);
    expect(Object.keys(ar).sort()).toEqual(Object.keys(english).sort());
    expect(Object.keys(english).filter((k) => !keys.has(k))).toEqual([]);
  });

  it("offer every check code in the isnad.severity setting", () => {
    const manifest = json("package.json") as { contributes: { configuration: { properties: Record<string, { properties?: Record<string, unknown> }> } } };
    const offered = Object.keys(manifest.contributes.configuration.properties["isnad.severity"]?.properties ?? {});
    expect(offered.sort()).toEqual([...CHECK_CODES].sort());
  });
});
