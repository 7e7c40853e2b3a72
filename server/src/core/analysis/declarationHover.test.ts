import { describe, expect, it } from "vitest";
import { ROOT, workspaceOf } from "../testing/fixture";
import { definitionAt } from "./definition";
import { hoverAt } from "./hover";

const fixture = `
//- /metrics.claims
metric cells_dismantled
  kind: flow
  unit: cells
  label-ar: خلايا مفككة
  label-fr: cellules démantelées
  alias: dismantled_cells
metric cells_isis
  kind: flow
  part-of: dismantled_cells
qualifier event: argana-2011
  alias: أركانة
//- /a.claims
source a
claim cells_dismantled {year: 2017} = 13
claim dismantled_cells {year: 2018} = 11
claim cells_isis {year: 2017} = 4
claim killed {event: أركانة} = 17
claim killed {event: casablanca-2003} = 45
//- /b.claims
source b
claim cells_dismantled {year: 2017} = 9
`;

const lines = (markdown: string | undefined) => markdown?.split("\n\n");

describe("hover on declared names", () => {
  it("on a metric in a claim: what the declaration says, and how many claims use it under any name", async () => {
    const { workspace, fixture: f } = await workspaceOf(fixture);
    const uri = `${ROOT}/a.claims`;
    const text = f.files[uri]!;
    const expected = [
      "**cells\\_dismantled**",
      "flow: counted over a time window, and windows add up",
      "Unit: cells",
      "Labels: ar «\u2068خلايا مفككة\u2069» · fr «cellules démantelées»",
      "Aliases: dismantled\\_cells",
      "Its parts: cells\\_isis",
      "3 claims in 2 files · declared in metrics.claims",
    ];
    expect(lines(hoverAt(workspace, uri, text.indexOf("cells_dismantled") + 2)?.markdown)).toEqual(expected);
    // Under its alias: the same, said to be an alias.
    expect(lines(hoverAt(workspace, uri, text.indexOf("dismantled_cells") + 2)?.markdown)).toEqual(["**dismantled\\_cells**, an alias of **cells\\_dismantled**", ...expected.slice(1)]);
    expect(lines(hoverAt(workspace, uri, text.indexOf("cells_isis") + 2)?.markdown)).toEqual([
      "**cells\\_isis**",
      "flow: counted over a time window, and windows add up",
      "A part of **cells\\_dismantled**",
      "1 claim in 1 file · declared in metrics.claims",
    ]);
  });

  it("on a declaration and on a declared value in a claim; an undeclared metric keeps the claim's hover", async () => {
    const { workspace, fixture: f } = await workspaceOf(fixture);
    const metrics = `${ROOT}/metrics.claims`;
    expect(lines(hoverAt(workspace, metrics, f.files[metrics]!.indexOf("unit"))?.markdown)?.[0]).toBe("**cells\\_dismantled**");
    expect(lines(hoverAt(workspace, metrics, f.files[metrics]!.indexOf("argana"))?.markdown)).toEqual(["**event: argana\\-2011**", "Aliases: \u2068أركانة\u2069", "1 claim in 1 file · declared in metrics.claims"]);
    const uri = `${ROOT}/a.claims`;
    const text = f.files[uri]!;
    expect(lines(hoverAt(workspace, uri, text.indexOf("أركانة"))?.markdown)?.[0]).toBe("**\u2068أركانة\u2069**, an alias of **event: argana\\-2011**");
    expect(hoverAt(workspace, uri, text.indexOf("killed"))?.markdown).toContain("**killed** {\u2068event: أركانة\u2069} = **17**");
    expect(hoverAt(workspace, uri, text.indexOf("casablanca"))?.markdown).toContain("**killed** {event: casablanca\\-2003} = **45**");
  });
});

describe("go to definition of declared names", () => {
  it("from a metric in a claim, an alias or a part-of to the metric block; from a declared value to its qualifier block", async () => {
    const { workspace, fixture: f } = await workspaceOf(fixture);
    const uri = `${ROOT}/a.claims`;
    const text = f.files[uri]!;
    const metrics = `${ROOT}/metrics.claims`;
    const block = (line: number, length: number) => [{ uri: metrics, range: { start: { line, character: 0 }, end: { line, character: length } } }];
    expect(definitionAt(workspace, uri, text.indexOf("dismantled_cells"))).toEqual(block(0, 23));
    expect(definitionAt(workspace, metrics, f.files[metrics]!.indexOf("part-of: ") + 10)).toEqual(block(0, 23));
    expect(definitionAt(workspace, uri, text.indexOf("أركانة"))).toEqual(block(9, 28));
    // Undeclared: a claim goes to its quote, as before (it has none here).
    expect(definitionAt(workspace, uri, text.indexOf("killed"))).toEqual([]);
  });
});
