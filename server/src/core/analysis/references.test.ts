import { describe, expect, it } from "vitest";
import { ROOT } from "../testing/fixture";
import { markedWorkspaceOf } from "../testing/markup";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import type { Location } from "./definition";
import { referencesAt } from "./references";

/** Locations as `/file:line:col-col`, for comparing with the marked spans. */
function show(workspace: WorkspaceIndex, list: Location[]): string[] {
  return list.map((l) => `${l.uri.slice(ROOT.length)}:${l.range.start.line + 1}:${l.range.start.character}-${l.range.end.character}`);
}

function marked(workspace: WorkspaceIndex, spans: { uri: string; start: number; end: number }[]): string[] {
  return show(
    workspace,
    spans.map((s) => ({ uri: s.uri, range: workspace.entry(s.uri)!.lines.range(s.start, s.end) })),
  ).sort();
}

describe("find references", () => {
  it("on a source id: its definition and every `via: @id` and `@id/claim`, across files", async () => {
    const { workspace, fixture, spans } = await markedWorkspaceOf(`
//- /statement.claims
source [|bcij-stat$0ement|]
claim arrested {operation: x} = 4
  id: arrested
//- /waha.claims
source waha
claim arrested {operation: x} = 4
  via: @[|bcij-statement|]/arrested
claim killed {event: x} = 2
  via: expert
  via: @[|bcij-statement|]   # the bureau
//- /other.claims
source other
claim killed {event: x} = 2
  via: @bcij-statement-2
`);
    const at = fixture.cursor!;
    expect(show(workspace, referencesAt(workspace, at.uri, at.offset)).sort()).toEqual(marked(workspace, spans));
    // From a `via`, the same list; without the declaration, the definition is left out.
    const via = fixture.files[`${ROOT}/waha.claims`]!.indexOf("@bcij") + 3;
    expect(show(workspace, referencesAt(workspace, `${ROOT}/waha.claims`, via)).sort()).toEqual(marked(workspace, spans));
    expect(show(workspace, referencesAt(workspace, `${ROOT}/waha.claims`, via, false))).toEqual(marked(workspace, spans.slice(1)));
  });

  it("on a metric name: every claim with that metric, whatever its qualifiers or spelling of case", async () => {
    const { workspace, fixture, spans } = await markedWorkspaceOf(`
//- /a.claims
source a
claim [|cells_dis$0mantled|] {year: 2017} = 13
claim [|cells_dismantled|] {year: 2018} = 11
claim killed {year: 2017} = 13
//- /b.claims
source b
claim [|Cells_Dismantled|] {year: ٢٠١٧} = 9
`);
    const at = fixture.cursor!;
    expect(show(workspace, referencesAt(workspace, at.uri, at.offset))).toEqual(marked(workspace, spans));
  });

  it("elsewhere on a claim header: every claim about the same quantity", async () => {
    const { workspace, fixture, spans } = await markedWorkspaceOf(`
//- /a.claims
source a
[|claim cells_dismantled {year: 20$017} = 13|]
claim cells_dismantled {year: 2018} = 11
//- /b.claims
source b
[|claim cells_dismantled {year: ٢٠١٧} = 9|]
claim cells_dismantled {year: 2017, place: x} = 9
`);
    const at = fixture.cursor!;
    expect(show(workspace, referencesAt(workspace, at.uri, at.offset))).toEqual(marked(workspace, spans));
    expect(show(workspace, referencesAt(workspace, at.uri, at.offset, false))).toEqual(marked(workspace, spans.slice(1)));
  });

  it("on a metric, from a claim or a declaration: the claims under its name and its aliases, and every declaration naming it", async () => {
    const text = `
//- /metrics.claims
metric [|cells_dismantled|]
  kind: flow
  alias: [|خلايا_مفككة|]
metric cells_isis
  kind: flow
  part-of: [|cells_dismantled|]
metric cells_seized
  kind: flow
//- /a.claims
source a
claim [|cells_dis$0mantled|] {year: 2017} = 13
claim cells_seized {year: 2017} = 13
//- /b.claims
source b
claim [|خلايا_مفككة|] {year: 2017} = 9
`;
    const { workspace, fixture, spans } = await markedWorkspaceOf(text);
    const at = fixture.cursor!;
    expect(show(workspace, referencesAt(workspace, at.uri, at.offset)).sort()).toEqual(marked(workspace, spans));
    // From the alias in the metric block, the same list; without the declaration, the `metric` header is left out.
    const alias = fixture.files[`${ROOT}/metrics.claims`]!.indexOf("خلايا") + 2;
    expect(show(workspace, referencesAt(workspace, `${ROOT}/metrics.claims`, alias)).sort()).toEqual(marked(workspace, spans));
    expect(show(workspace, referencesAt(workspace, `${ROOT}/metrics.claims`, alias, false)).sort()).toEqual(marked(workspace, spans.slice(1)));
  });

  it("on a declared qualifier value: the claims giving it or an alias, and its block", async () => {
    const { workspace, fixture, spans } = await markedWorkspaceOf(`
//- /metrics.claims
qualifier event: [|argana$0-2011|]
  alias: [|أركانة|]
  alias: [|«Argana café»|]
//- /a.claims
source a
claim killed {event: [|أركانة|]} = 17
claim killed {event: [|"Argana café"|], role: argana-2011} = 8
claim killed {event: أرغانة} = 17
`);
    const at = fixture.cursor!;
    // A value of another key (`role`) is another value; a look-alike not declared (أرغانة) is not one of its names.
    expect(show(workspace, referencesAt(workspace, at.uri, at.offset)).sort()).toEqual(marked(workspace, spans));
  });
});
