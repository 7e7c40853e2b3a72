import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnosticsOf } from "../analysis/diagnostics";
import { hoverAt } from "../analysis/hover";
import { codesOf as placedCodes, ROOT, workspaceOf } from "../testing/fixture";
import { Workspace } from "./workspace";

/** Codes by file and line: where on the line is not what these tests are about. */
const codesOf = (workspace: Workspace) => placedCodes(workspace).map((d) => d.replace(/:(\d+):\d+ /, ":$1 "));

const metrics = `
//- /metrics.claims
metric cells_dismantled
  kind: flow
  alias: خلايا_مفككة
qualifier event: argana-2011
  alias: أركانة
  alias: «Argana café»
`;

describe("claims under an alias", () => {
  it("are the same quantity as under the declared name: a metric alias and a qualifier value's alias", async () => {
    const { workspace } = await workspaceOf(`${metrics}
//- /a.claims
source a
claim cells_dismantled {year: 2017} = 13
claim killed {event: argana-2011} = 17
//- /b.claims
source b
claim خلايا_مفككة {year: ٢٠١٧} = 9
claim killed {event: أركانة} = 15
claim killed {event: "Argana café"} = 17
//- /c.claims
source c
claim cells_dismantled {year: 2018} = 9
claim killed {event: أرغانة} = 15
`);
    expect(codesOf(workspace).filter((d) => d.endsWith("contradiction"))).toEqual([
      "/a.claims:2 contradiction",
      "/a.claims:3 contradiction",
      "/b.claims:2 contradiction",
      "/b.claims:3 contradiction",
      "/b.claims:4 contradiction",
    ]);
    const b = workspace.entry(`${ROOT}/b.claims`)!;
    const [cells, killed] = b.facts.claims;
    // The facts stay the file's own; the workspace groups them under the declared names.
    expect(cells!.quantityKey).toBe("خلايا_مفككه{year:#2017}");
    expect(workspace.quantityOf(cells!).quantityKey).toBe("cells_dismantled{year:#2017}");
    expect(workspace.quantityOf(cells!).time?.scopeKey).toBe("cells_dismantled{}");
    expect(workspace.groupOf(cells!)?.members.map((m) => m.uri)).toEqual([`${ROOT}/a.claims`, `${ROOT}/b.claims`]);
    expect(workspace.quantityOf(killed!).quantityKey).toBe("killed{event:'argana-2011}");
    // The hover's table lists the claims written either way.
    const text = b.text;
    expect(hoverAt(workspace, b.uri, text.indexOf("= 15"))?.markdown).toContain("**3 claims about this quantity**: 0 agree, 2 contradict");
  });

  it("go back to their own quantity when the declaration goes, and the update returns every file it moves", async () => {
    const { workspace } = await workspaceOf(`${metrics}
//- /a.claims
source a
claim cells_dismantled {year: 2017} = 13
//- /b.claims
source b
claim خلايا_مفككة {year: 2017} = 9
//- /c.claims
source c
claim killed {event: x} = 1
`);
    expect(codesOf(workspace)).toEqual(["/a.claims:2 contradiction", "/b.claims:2 contradiction"]);
    const affected = workspace.removeClaims(`${ROOT}/metrics.claims`);
    expect([...affected].sort()).toEqual([`${ROOT}/a.claims`, `${ROOT}/b.claims`, `${ROOT}/metrics.claims`]);
    expect(codesOf(workspace)).toEqual([]);
    const back = workspace.setClaimsText(`${ROOT}/metrics.claims`, "metric cells_dismantled\n  kind: flow\n  alias: خلايا_مفككة\n");
    expect([...back].sort()).toEqual([`${ROOT}/a.claims`, `${ROOT}/b.claims`, `${ROOT}/metrics.claims`]);
    expect(codesOf(workspace)).toEqual(["/a.claims:2 contradiction", "/b.claims:2 contradiction"]);
  });

  it("is the same whatever the order the files are read in, the declarations first or last", () => {
    const files: [string, string][] = [
      [`${ROOT}/a.claims`, "source a\nclaim cells_dismantled {year: 2017} = 13\n"],
      [`${ROOT}/b.claims`, "source b\nclaim خلايا_مفككة {year: 2017} = 9\nmetric cells_dismantled\n  kind: flow\n  alias: خلايا_مفككة\n"],
    ];
    for (const order of [files, [...files].reverse()]) {
      const workspace = new Workspace(ROOT);
      for (const [uri, text] of order) workspace.setClaimsText(uri, text, false);
      expect(codesOf(workspace)).toEqual(["/a.claims:2 contradiction", "/b.claims:2 contradiction"]);
    }
  });

  it("does not merge a look-alike that is not declared, nor a name declared as a metric of its own", async () => {
    const { workspace } = await workspaceOf(`
//- /metrics.claims
metric cells
  kind: flow
  alias: arrested
metric arrested
  kind: flow
//- /a.claims
source a
claim cells = 1
claim arrested = 2
claim killed {event: argana-2011} = 17
claim killed {event: أركانة} = 15
`);
    expect(codesOf(workspace).filter((d) => d.endsWith("contradiction"))).toEqual([]);
  });
});

describe("aliases, kept up to date file by file", () => {
  const blocks = [
    "metric m\n  kind: flow\n  alias: n\n",
    "metric m\n  kind: level\n  alias: o\n",
    "metric n\n  kind: flow\n",
    "metric p\n  kind: flow\n  alias: n\n",
    "qualifier e: v\n  alias: w\n",
    "qualifier e: w\n",
    "qualifier e: u\n  alias: w\n",
    "source s\nclaim m {e: v} = 1\n",
    "source t\nclaim n {e: w} = 2\n",
    "source u\nclaim o {e: u} = 1\n",
    "source v\nclaim p {e: w, year: 2017} = 3\n",
  ];
  const file = fc.array(fc.constantFrom(...blocks), { maxLength: 3 }).map((list) => list.join(""));
  const update = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.option(file, { nil: undefined }));

  it("changes the diagnostics of no file an update does not return, and groups every claim as a fresh index does", () => {
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
        for (const u of [...workspace.claimsFiles()].reverse()) fresh.setClaimsText(u, workspace.entry(u)!.text, false);
        for (const u of workspace.claimsFiles()) {
          expect(shown(workspace, u)).toBe(shown(fresh, u));
          const keys = (w: Workspace) => w.entry(u)!.facts.claims.map((c) => [w.quantityOf(c).quantityKey, w.claimsAbout(c.quantityKey!).length]);
          expect(keys(workspace)).toEqual(keys(fresh));
        }
      }),
      { numRuns: 300 },
    );
  });
});
