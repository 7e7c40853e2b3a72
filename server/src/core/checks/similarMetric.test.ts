import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeActionsAt } from "../actions/codeActions";
import { applyWorkspaceEdit } from "../actions/edit";
import { diagnosticsOf } from "../analysis/diagnostics";
import { likeness, shapeOf, stem } from "../model/metricNames";
import { codesOf, compactDiagnostics, ROOT, workspaceOf } from "../testing/fixture";
import { foldKey } from "../text/fold";
import { Workspace } from "../workspace/workspace";

const alike = (a: string, b: string) => likeness(shapeOf(foldKey(a)), shapeOf(foldKey(b)));

describe("which metric names look alike", () => {
  it("the same words in another order, a plural, a typo, a separator", () => {
    expect(alike("cells_dismantled", "dismantled_cells")).toBe("order");
    expect(alike("cells_dismantled", "cell_dismantled")).toBe("plural");
    expect(alike("خلايا_مفككة", "خلية_مفككة")).toBe("plural");
    expect(alike("عمليات", "عملية")).toBe("plural");
    expect(alike("cells_dismantled", "cells_dismanteld")).toBe("spelling");
    expect(alike("arrested", "arested")).toBe("spelling");
    expect(alike("cells_dismantled", "cells-dismantled")).toBe("spelling");
    expect(alike("cells_dismantled", "cellsdismantled")).toBe("spelling");
  });

  it("not different words, digits, short words, or the same name folded", () => {
    expect(alike("arrested_age_min", "arrested_age_max")).toBeUndefined();
    expect(alike("cells_2017", "cells_2018")).toBeUndefined();
    expect(alike("killed", "injured")).toBeUndefined();
    expect(alike("date", "city")).toBeUndefined();
    expect(alike("cells_dismantled", "Cells_Dismantled")).toBeUndefined();
    expect(alike("arrested", "arrested_age_min")).toBeUndefined();
  });

  it("stems English, French and Arabic plurals roughly", () => {
    expect(["cells", "victims", "injuries", "boxes", "généraux", "status", "مقاتلين", "الخلايا", "هجمات"].map((w) => stem(foldKey(w)))).toEqual([
      "cell",
      "victim",
      "injury",
      "box",
      "général",
      "status",
      "مقاتل",
      foldKey("خلية"),
      foldKey("هجوم"),
    ]);
  });
});

const fixture = `
//- /a.claims
source a
claim cells_dismantled {year: 2017} = 13
claim cells_dismantled {year: 2018} = 11
claim arrested_age_min {operation: x} = 21
//- /b.claims
source b
claim cells_dismantled {year: 2017} = 9
claim arrested_age_max {operation: x} = 41
//- /c.claims
source c
claim dismantled_cells {year: 2017} = 9
claim dismantled_cells {year: 2019} = 8
`;

describe("similar-metric", () => {
  it("is reported on the less used name only, suggesting the other", async () => {
    const { workspace } = await workspaceOf(fixture);
    expect(compactDiagnostics(workspace).filter((d) => d.includes("similar-metric"))).toEqual([
      "/c.claims:2:7 hint similar-metric: `dismantled_cells` looks like `cells_dismantled` (the same words in another order), which more claims use: claims under two names are never compared",
      "/c.claims:3:7 hint similar-metric: `dismantled_cells` looks like `cells_dismantled` (the same words in another order), which more claims use: claims under two names are never compared",
    ]);
    expect(diagnosticsOf(workspace, `${ROOT}/c.claims`)[0]?.data).toEqual({ suggestion: "cells_dismantled", likeness: "order" });
  });

  it("with a tie in files and claims, flags exactly one of the two: the later in code-point order", async () => {
    const { workspace } = await workspaceOf("//- /a.claims\nsource a\nclaim dismantled_cells = 1\n//- /b.claims\nsource b\nclaim cells_dismantled = 2\n");
    expect(codesOf(workspace).filter((d) => d.endsWith("similar-metric"))).toEqual(["/a.claims:2:7 similar-metric"]);
  });

  it("moves to the other name when the counts turn, and the update re-checks both files", async () => {
    const { workspace } = await workspaceOf(fixture);
    // b renames its claim: `dismantled_cells` now has 2 files and 3 claims, `cells_dismantled` 1 file.
    const affected = workspace.setClaimsText(`${ROOT}/b.claims`, "source b\nclaim dismantled_cells {year: 2017} = 9\n");
    expect([...affected].sort()).toEqual([`${ROOT}/a.claims`, `${ROOT}/b.claims`, `${ROOT}/c.claims`]);
    expect(codesOf(workspace).filter((d) => d.endsWith("similar-metric"))).toEqual(["/a.claims:2:7 similar-metric", "/a.claims:3:7 similar-metric"]);
  });

  it("is not reported between a metric and its declared alias, whose claims are compared already", async () => {
    const { workspace } = await workspaceOf(`${fixture}
//- /metrics.claims
metric cells_dismantled
  kind: flow
  alias: dismantled_cells
`);
    expect(codesOf(workspace).filter((d) => d.endsWith("similar-metric"))).toEqual([]);
    // Declaring the alias takes the hint away from the files that had it.
    const affected = workspace.removeClaims(`${ROOT}/metrics.claims`);
    expect(affected.has(`${ROOT}/c.claims`)).toBe(true);
    expect(codesOf(workspace).filter((d) => d.endsWith("similar-metric"))).toEqual(["/c.claims:2:7 similar-metric", "/c.claims:3:7 similar-metric"]);
  });

  it("offers to use the other name in this claim, or in every claim with the rare name", async () => {
    const { workspace, fixture: f } = await workspaceOf(fixture);
    const uri = `${ROOT}/c.claims`;
    const at = f.files[uri]!.indexOf("dismantled_cells");
    const actions = await codeActionsAt(workspace, { uri, start: at, end: at }, { canCreateFiles: true, canShowDocument: true }, async () => undefined);
    expect(actions.map((a) => [a.title, a.isPreferred ?? false])).toEqual([
      ["Use `cells_dismantled`", true],
      ["Use `cells_dismantled` in all 2 claims named `dismantled_cells`", false],
    ]);
    expect(applyWorkspaceEdit(f.files, actions[0]!.edit!)[uri]).toBe("source c\nclaim cells_dismantled {year: 2017} = 9\nclaim dismantled_cells {year: 2019} = 8\n");
    expect(applyWorkspaceEdit(f.files, actions[1]!.edit!)[uri]).toBe("source c\nclaim cells_dismantled {year: 2017} = 9\nclaim cells_dismantled {year: 2019} = 8\n");
  });
});

describe("similar-metric, kept up to date file by file", () => {
  const names = ["cells_dismantled", "dismantled_cells", "cell_dismantled", "killed", "kiled", "arrested"];
  const file = fc.array(fc.constantFrom(...names), { maxLength: 4 }).map((metrics) => `source s\n${metrics.map((m, i) => `claim ${m} {n: ${i}} = 1\n`).join("")}`);
  const update = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.option(file, { nil: undefined }));

  it("changes the hints of no file that an update does not return as affected", () => {
    fc.assert(
      fc.property(fc.array(update, { minLength: 1, maxLength: 12 }), (updates) => {
        const workspace = new Workspace(ROOT);
        const hints = (uri: string) => JSON.stringify(diagnosticsOf(workspace, uri).filter((d) => d.code === "similar-metric"));
        for (const [n, text] of updates) {
          const uri = `${ROOT}/f${n}.claims`;
          const before = new Map([...workspace.claimsFiles()].map((u) => [u, hints(u)]));
          const affected = text === undefined ? workspace.removeClaims(uri) : workspace.setClaimsText(uri, text);
          for (const [u, was] of before) if (!affected.has(u) && workspace.entry(u)) expect(hints(u), u).toBe(was);
        }
        // And the vocabulary is what a fresh index of the same files holds.
        const fresh = new Workspace(ROOT);
        for (const u of workspace.claimsFiles()) fresh.setClaimsText(u, workspace.entry(u)!.text);
        expect(workspace.vocabulary.metrics()).toEqual(fresh.vocabulary.metrics());
        for (const u of workspace.claimsFiles()) expect(hints(u)).toBe(JSON.stringify(diagnosticsOf(fresh, u).filter((d) => d.code === "similar-metric")));
      }),
      { numRuns: 300 },
    );
  });
});
