// The work of the hostile inputs of issue 20 grows no faster than the input: each counter of
// core/costs.ts is read at four sizes, and each doubling may cost at most 2.3 times the work.
// Counts, not times: the machine's load changes nothing here (the timed ratio is in the bench).
import { describe, expect, it } from "vitest";
import { diagnosticsOf, shortened } from "./analysis/diagnostics";
import { articleDiagnosticsOf } from "./analysis/articleDiagnostics";
import { costs, resetCosts, type CostName } from "./costs";
import { MemoryFileSystem } from "./workspace/fileSystem";
import { loadWorkspace } from "./workspace/loader";

const ROOT = "file:///ws";

async function checkAll(files: Record<string, string>): Promise<number> {
  const { workspace } = await loadWorkspace(new MemoryFileSystem(files), ROOT);
  let n = 0;
  for (const uri of workspace.claimsFiles()) n += diagnosticsOf(workspace, uri).length;
  for (const uri of Object.keys(files)) if (uri.endsWith(".txt")) n += articleDiagnosticsOf(workspace, uri).length;
  return n;
}

const source = (id: string, text?: string) => `source ${id}\n  outlet: Outlet\n  published: 2024-06-01\n${text ? `  text: ${text}\n` : ""}`;

/** The counter `name` after running `make(n)` at each size. */
async function counted(name: CostName, sizes: readonly number[], make: (n: number) => Record<string, string>): Promise<number[]> {
  const out: number[] = [];
  for (const n of sizes) {
    const files = make(n);
    resetCosts();
    await checkAll(files);
    out.push(costs[name]);
  }
  return out;
}

function expectNearLinear(counts: readonly number[]): void {
  for (let i = 1; i < counts.length; i++) {
    const before = counts[i - 1] ?? 0;
    const after = counts[i] ?? 0;
    expect(before).toBeGreaterThan(0);
    expect(after / before).toBeLessThanOrEqual(2.3);
  }
}

describe("operation counts of hostile inputs, at four sizes", () => {
  it("a quote with ellipses searches the article once per part, however often its first part stands", async () => {
    const counts = await counted("quoteSearches", [2_000, 4_000, 8_000, 16_000], (n) => ({
      [`${ROOT}/a.txt`]: `${Array.from({ length: n }, (_, i) => (i % 7 === 0 ? "قال" : `كلمة${i % 13}`)).join(" ")}\n`,
      [`${ROOT}/a.claims`]: `${source("a", "a.txt")}\nclaim arrested = 4\n  quote: «قال … أربعة … غائب»\n`,
    }));
    expectNearLinear(counts);
  });

  it("sources sharing one id make at most 20 related places each", async () => {
    const counts = await counted("relatedPlaces", [100, 200, 400, 800], (n) => {
      const files: Record<string, string> = {};
      for (let i = 0; i < n; i++) files[`${ROOT}/s${i}.claims`] = source("same");
      return files;
    });
    expectNearLinear(counts);
    expect(counts[3]).toBe(800 * 20);
  });

  it("identical conflicting claims read the claims they conflict with once per value, not once per claim", async () => {
    const counts = await counted("disputeSteps", [250, 500, 1_000, 2_000], (n) => {
      const lines: string[] = [];
      for (let i = 0; i < n; i++) lines.push(`${source(`s${i}`)}claim arrested {year: 2017} = ${i % 2 === 0 ? 13 : 9}\n`);
      return { [`${ROOT}/a.claims`]: lines.join("\n") };
    });
    expectNearLinear(counts);
  });

  it("claims citing one origin through via: are split by origin once, not per claim", async () => {
    const counts = await counted("disputeSteps", [250, 500, 1_000, 2_000], (n) => {
      const lines: string[] = [`${source("ministry")}claim arrested {year: 2017} = 13\n`];
      for (let i = 0; i < n; i++) lines.push(`${source(`s${i}`)}claim arrested {year: 2017} = ${i % 2 === 0 ? 13 : 9}\n  via: @ministry\n`);
      return { [`${ROOT}/a.claims`]: lines.join("\n") };
    });
    expectNearLinear(counts);
  });

  it("distinct metric names compare each new name with the names filed under its keys, not with every name", async () => {
    const counts = await counted("nameComparisons", [1_000, 2_000, 4_000, 8_000], (n) => {
      const lines: string[] = [source("a")];
      // Letters only, so that a name could be a spelling variant of another, but each three letters
      // apart from every other: what a large archive of distinct names looks like.
      const SYLLABLES = ["bac", "dif", "guh", "kel", "mon", "pir", "sut", "wev", "zoy", "jax"];
      const word = (i: number) => [1_000, 100, 10, 1].map((d) => SYLLABLES[Math.floor(i / d) % 10]).join("");
      for (let i = 0; i < n; i++) lines.push(`claim cells_${word(i)} = 1`);
      return { [`${ROOT}/a.claims`]: lines.join("\n") };
    });
    // Each name is compared with the one or two that share a key with it: before, with every name.
    for (const [i, c] of counts.entries()) expect(c / (1_000 * 2 ** i)).toBeLessThanOrEqual(2);
  });
});

describe("what is reported is bounded", () => {
  it("shows the first 1,000 diagnostics of a file, then one too-many-problems counting the rest by severity", async () => {
    const lines = [source("a")];
    for (let i = 0; i < 1_500; i++) lines.push(`claim flood {n: ${i}} 45`);
    const { workspace } = await loadWorkspace(new MemoryFileSystem({ [`${ROOT}/a.claims`]: lines.join("\n") }), ROOT);
    const shown = diagnosticsOf(workspace, `${ROOT}/a.claims`);
    expect(shown).toHaveLength(1_001);
    expect(shown.slice(0, 1_000).every((d) => d.code === "syntax-error")).toBe(true);
    const note = shown[1_000];
    expect(note?.code).toBe("too-many-problems");
    expect(note?.range.start.line).toBe(1_004);
    expect(note?.message).toBe("500 more problems in this file are not shown (500 errors, 0 warnings): fix the first 1000 and check again");
    expect(note?.data).toEqual({ cut: { error: 500, warning: 0, information: 0, hint: 0 } });
  });

  it("cuts a message at 2,000 characters and names at most 5 other files for a duplicate id", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++) files[`${ROOT}/s${String(i).padStart(2, "0")}.claims`] = source("same");
    const { workspace } = await loadWorkspace(new MemoryFileSystem(files), ROOT);
    const [d] = diagnosticsOf(workspace, `${ROOT}/s00.claims`);
    expect(d?.message).toBe("the source id `same` is also defined in s01.claims, s02.claims, s03.claims, s04.claims, s05.claims and 24 more: source ids are unique in the workspace");
    expect(d?.related).toHaveLength(20);
    const long = shortened(`${"x".repeat(1_998)}😀 and more`);
    expect(long).toHaveLength(1_999);
    expect(long.endsWith("x…")).toBe(true);
  });
});
