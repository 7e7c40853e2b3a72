/**
 * The samples are the specification: samples/README.md lists every diagnostic `isnad check`
 * must report on them and the look-alikes it must not. This test holds the tool to that list,
 * no more and no fewer; the list is written by hand, never copied from the tool's output.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { describe, expect, it } from "vitest";

const repo = path.resolve(__dirname, "..");
const readme = readFileSync(path.join(repo, "samples/README.md"), "utf8");

/** The rows of the first Markdown table after `heading`. */
function table(heading: string): string[][] {
  const section = readme.split(/^## /m).find((s) => s.startsWith(heading));
  if (!section) throw new Error(`samples/README.md has no section ${heading}`);
  const rows = section.split("\n").filter((l) => l.trim().startsWith("|"));
  return rows.slice(2).map((r) => r.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim().replace(/^`|`$/g, "")));
}

interface Reported {
  file: string;
  line: number;
  code: string;
  severity: string;
}

function check(): { exit: number; diagnostics: Reported[] } {
  try {
    const out = execFileSync(process.execPath, ["dist/isnad.js", "check", "samples", "--all", "--format", "json"], { cwd: repo, encoding: "utf8" });
    return { exit: 0, diagnostics: JSON.parse(out) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { exit: err.status, diagnostics: JSON.parse(err.stdout) };
  }
}

describe("isnad check samples", () => {
  const { exit, diagnostics } = check();
  const key = (file: string, line: number | string, code: string) => `${file}:${line} ${code}`;

  it("reports exactly the diagnostics samples/README.md expects", () => {
    const expected = table("Expected diagnostics").map(([file, line, code]) => key(`samples/${file}`, line ?? "", code ?? ""));
    const actual = diagnostics.map((d) => key(d.file, d.line, d.code));
    expect(actual.sort()).toEqual(expected.sort());
  });

  it("plants every check code", () => {
    const codes = new Set(diagnostics.map((d) => d.code));
    for (const code of ["syntax-error", "encoding", "unknown-source", "duplicate-id", "no-source", "unknown-field", "invalid-field", "outside-root", "ambiguous-quote", "incompatible-values", "missing-text", "quote-not-found", "figure-not-in-quote", "contradiction", "same-origin-contradiction", "minor-difference", "settled-contradiction", "unsourced-claim", "undated-source", "as-of-decrease", "sum-mismatch", "sources-sum-mismatch", "subset-exceeds-total", "invalid-metric", "duplicate-metric", "similar-qualifier"]) {
      expect(codes, code).toContain(code);
    }
  });

  it("flags none of the look-alikes", () => {
    const lookalikes = table("Look-alikes that must not be flagged").map(([file, line]) => `samples/${file}:${line}`);
    expect(lookalikes.length).toBeGreaterThan(0);
    // `unsourced-claim` says a claim quotes nothing, whatever its value: the table above lists those.
    const flagged = new Set(diagnostics.filter((d) => d.code !== "unsourced-claim").map((d) => `${d.file}:${d.line}`));
    expect(lookalikes.filter((l) => flagged.has(l))).toEqual([]);
  });

  it("exits 1, since the samples plant errors on purpose", () => {
    expect(exit).toBe(1);
  });
});
