import { describe, expect, it } from "vitest";
import { english } from "../messages";
import { ROOT } from "../testing/fixture";
import { markedWorkspaceOf } from "../testing/markup";
import { codeLensesOf } from "./codeLens";

// Each lens stands over the claim header marked [|…|]; the other files' marks are the claims a
// click shows.
const fixture = `
//- /waha.claims
source waha
[|claim cells_dismantled {year: 2017} = 13|]
[|claim arrested {operation: x} = 4|]
[|claim event_year {event: argana} = 2011|]
[|claim only_here = 7|]
claim broken {year: 2017}
//- /atlas.claims
source atlas
claim cells_dismantled {year: 2017} = 13
claim cells_dismantled {year: 2017} = 9
claim arrested {operation: x} = 4
claim event_year {event: argana} = 2011-04-28
//- /sada.claims
source sada
claim cells_dismantled {year: ٢٠١٧} = ٩
claim arrested {operation: x} = ٤
claim event_year {event: argana} = 2017
  rank: deprecated
//- /sahil.claims
source sahil
claim arrested {operation: x} = "four"
`;

describe("code lens over each claim", () => {
  it("counts the sources that agree and contradict, each source once per verdict", async () => {
    const { workspace, spans } = await markedWorkspaceOf(fixture);
    const lenses = codeLensesOf(workspace, `${ROOT}/waha.claims`);
    expect(lenses.map((l) => english(l.title))).toEqual([
      // atlas says 13 and 9: it counts among those that agree and those that contradict.
      "1 source agrees · 2 contradict",
      "2 sources agree · 1 of another kind",
      "1 source agrees · 1 settled",
      "no other source",
    ]);
    const lines = workspace.entry(`${ROOT}/waha.claims`)!.lines;
    expect(lenses.map((l) => l.range)).toEqual(spans.map((s) => lines.range(s.start, s.end)));
  });

  it("shows the conflicting claims on click, else the values of another kind, else every other claim", async () => {
    const { workspace } = await markedWorkspaceOf(fixture);
    const targets = codeLensesOf(workspace, `${ROOT}/waha.claims`).map((l) => l.targets.map((t) => `${t.uri.slice(ROOT.length)}:${t.range.start.line + 1}`));
    expect(targets).toEqual([["/atlas.claims:3", "/sada.claims:2"], ["/sahil.claims:2"], ["/sada.claims:4"], []]);
  });

  it("names the sources first when none agrees, the claim's own source included", async () => {
    const { workspace } = await markedWorkspaceOf(`
//- /a.claims
source a
claim x = 1
//- /b.claims
source b
claim x = 2
claim x = 3
`);
    expect(codeLensesOf(workspace, `${ROOT}/a.claims`).map((l) => english(l.title))).toEqual(["1 source contradicts"]);
    // b contradicts itself: for each of its claims, b is one of the sources that contradict.
    expect(codeLensesOf(workspace, `${ROOT}/b.claims`).map((l) => english(l.title))).toEqual(["2 sources contradict", "2 sources contradict"]);
  });
});
