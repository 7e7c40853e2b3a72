import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeActionsAt } from "../actions/codeActions";
import { applyWorkspaceEdit } from "../actions/edit";
import { diagnosticsOf } from "../analysis/diagnostics";
import { compactDiagnostics, ROOT, workspaceOf } from "../testing/fixture";
import { Workspace } from "../workspace/workspace";

const hints = (workspace: Workspace) => compactDiagnostics(workspace).filter((d) => d.includes("similar-qualifier"));
const options = { canCreateFiles: true, canShowDocument: true };

describe("similar-qualifier", () => {
  it("is reported on the less used of two spellings of one value, in another script or not", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim killed {event: argana} = 17
claim injured {event: argana} = 20
//- /b.claims
source b
claim killed {event: argana} = 17
//- /c.claims
source c
claim killed {event: أركانة} = 15
claim city {event: Arganah, place: «Marrakesh»} = "Marrakech"
//- /d.claims
source d
claim injured {place: مراكش} = 3
claim injured {place: Marrakesh} = 3
`);
    expect(hints(workspace)).toEqual([
      "/c.claims:2:22 hint similar-qualifier: `\u2068أركانة\u2069` looks like `argana` (the same name in another script), which more claims use: claims under two spellings of one `event` are never compared",
      "/c.claims:3:20 hint similar-qualifier: `Arganah` looks like `argana` (a spelling variant), which more claims use: claims under two spellings of one `event` are never compared",
      "/d.claims:2:23 hint similar-qualifier: `\u2068مراكش\u2069` looks like `Marrakesh` (the same name in another script), which more claims use: claims under two spellings of one `place` are never compared",
    ]);
    expect(diagnosticsOf(workspace, `${ROOT}/c.claims`)[0]?.data).toEqual({ key: "event", foldedKey: "event", value: "أركانة", canonical: "argana", canonicalValue: "'argana", declared: false, likeness: "script" });
  });

  it("is reported on a value that looks like a declared one, and goes once it is declared an alias", async () => {
    const { workspace, fixture } = await workspaceOf(`
//- /metrics.claims
qualifier event: argana-2011
  alias: أركانة
//- /a.claims
source a
claim killed {event: أرغانة} = 17
claim killed {event: argana-2011} = 17
`);
    expect(hints(workspace)).toEqual([
      "/a.claims:2:22 hint similar-qualifier: `\u2068أرغانة\u2069` looks like `\u2068أركانة\u2069` (a spelling variant), which stands for `argana-2011`, but is not declared an alias of it: claims written so are not compared with it",
    ]);
    const uri = `${ROOT}/a.claims`;
    const at = fixture.files[uri]!.indexOf("أرغانة");
    const actions = await codeActionsAt(workspace, { uri, start: at, end: at }, options, async () => undefined);
    expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([["Declare `\u2068أرغانة\u2069` an alias of `argana-2011` (in metrics.claims)", true]]);
    const fixed = applyWorkspaceEdit(fixture.files, actions[0]!.edit!);
    expect(fixed[`${ROOT}/metrics.claims`]).toBe("qualifier event: argana-2011\n  alias: أركانة\n  alias: أرغانة\n");
    const affected = workspace.setClaimsText(`${ROOT}/metrics.claims`, fixed[`${ROOT}/metrics.claims`]!);
    expect(affected.has(uri)).toBe(true);
    expect(hints(workspace)).toEqual([]);
    // Now the two claims are about one quantity.
    expect(workspace.claimsAbout(workspace.entry(uri)!.facts.claims[0]!.quantityKey!).length).toBe(2);
  });

  it("offers a new qualifier block where declarations are kept, or at the end of the file", async () => {
    for (const [withDeclarations, home, expected] of [
      [true, "/metrics.claims", "metric killed\n  kind: attribute\n\nqualifier event: argana\n  alias: أركانة\n"],
      [false, "/c.claims", "source c\nclaim killed {event: أركانة} = 15\n\nqualifier event: argana\n  alias: أركانة\n"],
    ] as const) {
      const { workspace, fixture } = await workspaceOf(`${withDeclarations ? "//- /metrics.claims\nmetric killed\n  kind: attribute\n" : ""}
//- /a.claims
source a
claim killed {event: argana} = 17
//- /b.claims
source b
claim killed {event: argana} = 17
//- /c.claims
source c
claim killed {event: أركانة} = 15
`);
      const uri = `${ROOT}/c.claims`;
      const at = fixture.files[uri]!.indexOf("أركانة");
      const [action] = await codeActionsAt(workspace, { uri, start: at, end: at }, options, async () => undefined);
      expect(applyWorkspaceEdit(fixture.files, action!.edit!)[`${ROOT}${home}`]).toBe(expected);
    }
  });

  it("does not trigger on other digits, another key, numbers, a word more, two declared values, or a declared alias", async () => {
    const { workspace } = await workspaceOf(`
//- /metrics.claims
qualifier event: argana-2011
  alias: أركانة
qualifier event: argana-2017
//- /a.claims
source a
claim killed {event: argana-2011} = 17
claim killed {event: argana-2017} = 17
claim killed {event: أركانة} = 17
claim killed {event: argana-cafe} = 17
claim killed {place: أرغانة} = 17
claim cells {case: 2017} = 3
claim cells {case: ٢٠١٧} = 3
claim killed {event: casablanca-2003} = 45
claim killed {event: casablanca-2030} = 45
`);
    expect(hints(workspace)).toEqual([]);
  });
});

describe("similar-qualifier, kept up to date file by file", () => {
  const lines = [
    "source s\nclaim k {e: argana} = 1\n",
    "source s\nclaim k {e: أركانة} = 1\n",
    "source s\nclaim k {e: Arganah} = 1\n",
    'source s\nclaim k {e: "argana"} = 1\n',
    "qualifier e: argana\n  alias: أركانة\n",
    "qualifier e: arganah\n",
    "qualifier e: أرغانة\n  alias: argana\n",
  ];
  const file = fc.array(fc.constantFrom(...lines), { maxLength: 3 }).map((blocks) => blocks.join(""));
  const update = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.option(file, { nil: undefined }));

  it("changes the hints of no file an update does not return as affected, and ends as a fresh index", () => {
    fc.assert(
      fc.property(fc.array(update, { minLength: 1, maxLength: 12 }), (updates) => {
        const workspace = new Workspace(ROOT);
        const shown = (w: Workspace, uri: string) => JSON.stringify(diagnosticsOf(w, uri).filter((d) => d.code === "similar-qualifier"));
        for (const [n, text] of updates) {
          const uri = `${ROOT}/f${n}.claims`;
          const before = new Map([...workspace.claimsFiles()].map((u) => [u, shown(workspace, u)]));
          const affected = text === undefined ? workspace.removeClaims(uri) : workspace.setClaimsText(uri, text);
          for (const [u, was] of before) if (!affected.has(u) && workspace.entry(u)) expect(shown(workspace, u), u).toBe(was);
        }
        const fresh = new Workspace(ROOT);
        for (const u of workspace.claimsFiles()) fresh.setClaimsText(u, workspace.entry(u)!.text);
        for (const u of workspace.claimsFiles()) expect(shown(workspace, u)).toBe(shown(fresh, u));
      }),
      { numRuns: 150 },
    );
  });
});
