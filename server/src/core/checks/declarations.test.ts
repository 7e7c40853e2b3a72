import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "../analysis/diagnostics";
import { compactDiagnostics, ROOT, workspaceOf } from "../testing/fixture";
import { Workspace } from "../workspace/workspace";

const declarations = (workspace: Parameters<typeof compactDiagnostics>[0]) => compactDiagnostics(workspace).filter((d) => / (invalid|duplicate)-metric: /.test(d));

describe("duplicate-metric", () => {
  it("is reported at every declaration of a metric declared twice, each pointing to the others", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
metric cells_dismantled
  kind: flow
//- /b.claims
metric Cells_Dismantled
  kind: level
`);
    expect(declarations(workspace)).toEqual([
      "/a.claims:1:8 error duplicate-metric: the metric `cells_dismantled` is also declared in b.claims: a metric is declared once, and the first declaration in path order counts",
      "/b.claims:1:8 error duplicate-metric: the metric `Cells_Dismantled` is also declared in a.claims: a metric is declared once, and the first declaration in path order counts",
    ]);
    expect(diagnosticsOf(workspace, `${ROOT}/a.claims`)[0]?.related.map((r) => [r.uri, r.range.start.line, r.message])).toEqual([[`${ROOT}/b.claims`, 0, "metric `Cells_Dismantled` declared here"]]);
    // The first in path order counts.
    expect(workspace.metricDeclaration("cells_dismantled")?.kind).toBe("flow");
  });

  it("is reported on an alias two metrics claim, and the alias stands for the first", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
metric cells_dismantled
  kind: flow
  alias: cells
//- /b.claims
metric cells_seized
  kind: flow
  alias: cells
`);
    expect(declarations(workspace)).toEqual([
      "/a.claims:3:10 error duplicate-metric: the alias `cells` is also claimed by `cells_seized`: an alias stands for one metric",
      "/b.claims:3:10 error duplicate-metric: the alias `cells` is also claimed by `cells_dismantled`: an alias stands for one metric; it stands for `cells_dismantled`, declared first",
    ]);
    expect(workspace.declarations.resolveMetric("cells")).toBe("cells_dismantled");
  });

  it("is reported on a qualifier value declared twice and on an alias claimed by two values", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
qualifier event: argana-2011
  alias: أركانة
qualifier event: argana
  alias: اركانة
//- /b.claims
qualifier Event: Argana-2011
  alias: Argana
`);
    expect(declarations(workspace)).toEqual([
      "/a.claims:1:18 error duplicate-metric: the qualifier value `event: argana-2011` is also declared in b.claims: a value is declared once, and the first declaration in path order counts",
      "/a.claims:2:10 error duplicate-metric: the alias `أركانة` is also claimed by `argana`: an alias stands for one value",
      "/a.claims:4:10 error duplicate-metric: the alias `اركانة` is also claimed by `argana-2011`: an alias stands for one value",
      "/b.claims:1:18 error duplicate-metric: the qualifier value `Event: Argana-2011` is also declared in a.claims: a value is declared once, and the first declaration in path order counts",
    ].map((d) => d.replace(/`([^`]*[\u0600-\u06ff][^`]*)`/gu, "`\u2068$1\u2069`")));
    expect(workspace.declarations.resolveValue("event", "'اركانه")).toBe("'argana-2011");
  });

  it("does not trigger on one declaration of each name, nor on the same alias spelt twice in two metrics' labels", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
metric cells_dismantled
  kind: flow
  label-en: cells
  alias: خلايا_مفككة
//- /b.claims
metric cells_all
  kind: flow
  label-en: cells
  alias: all_cells
`);
    expect(declarations(workspace)).toEqual([]);
  });
});

describe("invalid-metric across files", () => {
  it("is reported on a part-of to no declared metric, and on an alias that is declared as a metric", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
metric cells_isis
  kind: flow
  part-of: cells_everything
metric cells_all
  kind: flow
  alias: cells_dismantled
//- /b.claims
metric cells_dismantled
  kind: flow
`);
    expect(declarations(workspace)).toEqual([
      "/a.claims:3:12 error invalid-metric: `cells_everything` is not a declared metric: `part-of` names a metric that has a `metric` block",
      "/a.claims:6:10 error invalid-metric: `cells_dismantled` is declared as a metric of its own: an alias is a name no `metric` block declares",
    ]);
    expect(workspace.declarations.resolveMetric("cells_dismantled")).toBe("cells_dismantled");
    expect(workspace.metricDeclaration("cells_isis")?.partOf).toBeUndefined();
  });

  it("is reported on every part-of of a cycle, and on a part of a whole of another kind", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
metric a
  kind: flow
  part-of: b
metric c
  kind: level
  part-of: a
//- /b.claims
metric b
  kind: flow
  part-of: a
`);
    expect(declarations(workspace)).toEqual([
      "/a.claims:3:12 error invalid-metric: `part-of` goes round in a circle: a → b → a; no metric is a part of itself",
      "/a.claims:6:12 error invalid-metric: `c` is a level and `a` a flow: a part and its whole are counted alike",
      "/b.claims:3:12 error invalid-metric: `part-of` goes round in a circle: b → a → b; no metric is a part of itself",
    ]);
    expect(workspace.metricDeclaration("a")?.partOf).toBeUndefined();
    expect(workspace.metricDeclaration("c")?.partOf).toBeUndefined();
  });

  it("does not trigger on a part-of through an alias, nor on a chain that ends", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
metric cells_isis
  kind: flow
  part-of: all_cells
metric cells_isis_north
  kind: flow
  part-of: cells_isis
//- /b.claims
metric cells_all
  kind: flow
  alias: all_cells
`);
    expect(declarations(workspace)).toEqual([]);
    expect(workspace.metricDeclaration("cells_isis_north")?.partOf).toBe("cells_isis");
    expect(workspace.metricDeclaration("cells_isis")?.partOf).toBe("cells_all");
    expect(workspace.metricDeclaration("all_cells")).toMatchObject({ name: "cells_all", kind: "flow", aliases: ["all_cells"], uri: `${ROOT}/b.claims` });
  });
});

describe("declarations, kept up to date file by file", () => {
  const lines = [
    "metric a\n  kind: flow\n",
    "metric a\n  kind: level\n",
    "metric b\n  kind: flow\n  part-of: a\n",
    "metric a\n  kind: flow\n  part-of: b\n",
    "metric c\n  kind: flow\n  alias: x\n",
    "metric d\n  kind: flow\n  alias: x\n  alias: a\n",
    "qualifier e: v\n  alias: w\n",
    "qualifier e: w\n  alias: u\n",
    "qualifier e: u\n  alias: w\n",
    "source s\nclaim x {e: w} = 1\n",
  ];
  const file = fc.array(fc.constantFrom(...lines), { maxLength: 3 }).map((blocks) => blocks.join(""));
  const update = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.option(file, { nil: undefined }));

  it("changes the diagnostics of no file that an update does not return as affected, and ends as a fresh index", () => {
    fc.assert(
      fc.property(fc.array(update, { minLength: 1, maxLength: 10 }), (updates) => {
        const workspace = new Workspace(ROOT);
        const shown = (w: Workspace, uri: string) => JSON.stringify(diagnosticsOf(w, uri));
        for (const [n, text] of updates) {
          const uri = `${ROOT}/f${n}.claims`;
          const before = new Map([...workspace.claimsFiles()].map((u) => [u, shown(workspace, u)]));
          const affected = text === undefined ? workspace.removeClaims(uri) : workspace.setClaimsText(uri, text);
          for (const [u, was] of before) if (!affected.has(u) && workspace.entry(u)) expect(shown(workspace, u), u).toBe(was);
        }
        const fresh = new Workspace(ROOT);
        for (const u of workspace.claimsFiles()) fresh.setClaimsText(u, workspace.entry(u)!.text);
        for (const u of workspace.claimsFiles()) expect(shown(workspace, u)).toBe(shown(fresh, u));
        for (const name of ["a", "b", "c", "d", "x"]) expect(workspace.metricDeclaration(name)).toEqual(fresh.metricDeclaration(name));
      }),
      { numRuns: 300 },
    );
  });
});
