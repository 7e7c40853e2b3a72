import { describe, expect, it } from "vitest";
import { workspaceOf, ROOT } from "../testing/fixture";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import { Origins, originLabel, sharedOrigins } from "./origins";

/** The origins of the claims of `path`, one line per claim: `metric: @a, @b`. */
function originsIn(workspace: WorkspaceIndex, path: string): string[] {
  const origins = new Origins(workspace);
  return (workspace.entry(`${ROOT}${path}`)?.facts.claims ?? []).map((c) => `${c.metric.text}: ${origins.of(c).map(originLabel).join(", ")}`);
}

const statement = `
//- /statement.claims
source bcij
  published: 2024-06-06
claim arrested {operation: x} = 4
  id: arrested
claim age_min {operation: x} = 21
  id: age-min
  via: the bureau's spokesman
`;

describe("the origin of a claim", () => {
  it("is its own source when it has no via, and the cited source through `@id` and `@id/claim`", async () => {
    const { workspace } = await workspaceOf(`${statement}
//- /waha.claims
source waha
claim arrested {operation: x} = 4
claim arrested {operation: x, place: rabat} = 4
  via: @bcij
claim age_min {operation: x} = 21
  via: @bcij/age-min
claim age_max {operation: x} = 41
  via: @bcij
`);
    expect(originsIn(workspace, "/waha.claims")).toEqual([
      "arrested: @waha",
      // The statement has no claim about this quantity: the statement itself is the origin.
      "arrested: @bcij",
      "age_min: @bcij ← the bureau's spokesman",
      "age_max: @bcij",
    ]);
    expect(originsIn(workspace, "/statement.claims")).toEqual(["arrested: @bcij", "age_min: @bcij ← the bureau's spokesman"]);
  });

  it("follows a chain through an intermediate source whose own claim has via", async () => {
    const { workspace } = await workspaceOf(`${statement}
//- /sada.claims
source sada
claim arrested {operation: x} = 4
  id: arrested
  via: @bcij/arrested
//- /atlas.claims
source atlas
claim arrested {operation: x} = 4
  via: @sada/arrested
claim arrested {operation: x, relay: whole} = 4
  via: @sada
//- /ledger.claims
source ledger
claim arrested {operation: x} = 4
  via: @atlas
`);
    expect(originsIn(workspace, "/atlas.claims")).toEqual(["arrested: @bcij", "arrested: @sada"]);
    expect(originsIn(workspace, "/ledger.claims")).toEqual(["arrested: @bcij"]);
  });

  it("counts a free description as its source's: two outlets quoting «official figures» are two origins", async () => {
    const { workspace } = await workspaceOf(`
//- /sada.claims
source sada
claim cells {year: 2017} = 9
  id: cells-2017
  via: معطيات رسمية
claim cells {year: 2018} = 11
  via: معطيات رسمية
claim cells {year: 2019} = 14
  via: former officer
//- /atlas.claims
source atlas
claim cells {year: 2017} = 9
  via: @sada/cells-2017
  via: معطيات رسمية
claim cells {year: 2018} = 11
  via: معطيات رسميه
claim cells {year: 2019} = 14
  via: @sada/no-such-claim
  via: the bureau
`);
    const sada = originsIn(workspace, "/sada.claims");
    const atlas = originsIn(workspace, "/atlas.claims");
    expect(sada).toEqual(["cells: @sada ← معطيات رسمية", "cells: @sada ← معطيات رسمية", "cells: @sada ← former officer"]);
    expect(atlas).toEqual(["cells: @sada ← معطيات رسمية", "cells: @atlas ← معطيات رسميه", "cells: @sada ← the bureau"]);
  });

  it("names a source the workspace does not define, and takes whom the citing claim says it has the figure from", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim x = 1
  via: @nowhere
claim y = 1
  via: @b
  via: the ministry
//- /b.claims
source b
claim y = 1
`);
    expect(originsIn(workspace, "/a.claims")).toEqual(["x: @nowhere", "y: @b ← the ministry"]);
  });

  it("stops at a cycle and after MAX_VIA_DEPTH links", async () => {
    const cycle = await workspaceOf(`
//- /a.claims
source a
claim x = 1
  id: x
  via: @b/x
//- /b.claims
source b
claim x = 1
  id: x
  via: @a/x
`);
    expect(originsIn(cycle.workspace, "/a.claims")).toEqual(["x: @a"]);
    expect(originsIn(cycle.workspace, "/b.claims")).toEqual(["x: @b"]);

    const files = Array.from({ length: 20 }, (_, i) => `//- /s${i}.claims\nsource s${i}\nclaim x = 1\n  id: x\n${i < 19 ? `  via: @s${i + 1}/x\n` : ""}`);
    const long = await workspaceOf(files.join(""));
    expect(originsIn(long.workspace, "/s0.claims")).toEqual(["x: @s17"]);
    expect(originsIn(long.workspace, "/s5.claims")).toEqual(["x: @s19"]);
  });

  it("may be several, when `via: @id` reaches claims of different origins", async () => {
    const { workspace } = await workspaceOf(`
//- /atlas.claims
source atlas
claim cells {year: 2017} = 9
  via: @sada
claim cells {year: 2017} = 13
  via: former officer
//- /ledger.claims
source ledger
claim cells {year: 2017} = 13
  via: @atlas
//- /sada.claims
source sada
`);
    const origins = new Origins(workspace);
    const [ledger] = workspace.entry(`${ROOT}/ledger.claims`)?.facts.claims ?? [];
    const [, officer] = workspace.entry(`${ROOT}/atlas.claims`)?.facts.claims ?? [];
    expect(origins.of(ledger!).map(originLabel)).toEqual(["@atlas ← former officer", "@sada"]);
    expect(sharedOrigins(origins.of(ledger!), origins.of(officer!)).map(originLabel)).toEqual(["@atlas ← former officer"]);
  });
});
