import { describe, expect, it } from "vitest";
import { ROOT } from "../testing/fixture";
import { markedWorkspaceOf } from "../testing/markup";
import { inlayHintsOf } from "./inlayHints";

describe("inlay hints after a disputed value", () => {
  it("name the conflicting values, the most cited first, each with its first source and how many more", async () => {
    // A hint stands right after the value marked [|…|].
    const { workspace, spans } = await markedWorkspaceOf(`
//- /waha.claims
source waha
claim cells_dismantled {year: 2017} = [|13|]   # a comment after the value
claim arrested = 4
//- /atlas.claims
source atlas
claim cells_dismantled {year: 2017} = 9
//- /sada.claims
source sada
claim cells_dismantled {year: ٢٠١٧} = ٩
claim arrested = 4
//- /marsad.claims
source marsad
claim cells_dismantled {year: 2017} = 11
`);
    const hints = inlayHintsOf(workspace, `${ROOT}/waha.claims`);
    expect(hints.map((h) => h.label)).toEqual(["≠ 9 (atlas +1), 11 (marsad)"]);
    expect(hints[0]?.tooltip).toBe("≠ 9 — atlas, sada\n≠ 11 — marsad");
    const [value] = spans;
    expect(hints[0]?.position).toEqual(workspace.entry(`${ROOT}/waha.claims`)!.lines.position(value!.end));
  });

  it("are capped: two values, then an ellipsis; a long label is cut", async () => {
    const others = ["1", "2", "3"].map((v, i) => `//- /s${i}.claims\nsource a-source-with-a-rather-long-identifier-${i}\nclaim x = ${v}\n`).join("");
    const { workspace } = await markedWorkspaceOf(`//- /a.claims\nsource a\nclaim x = 9\n${others}`);
    const [hint] = inlayHintsOf(workspace, `${ROOT}/a.claims`);
    expect(hint?.label).toBe("≠ 1 (a-source-with-a-rather-long-identifier-0), 2 (a-source…");
    expect([...hint!.label].length).toBe(60);
    expect(hint?.tooltip.split("\n")).toHaveLength(3);
  });

  it("say nothing for a settled dispute, outside the requested range, or when contradictions are turned off", async () => {
    const { workspace } = await markedWorkspaceOf(`
//- /a.claims
source a
claim x = 1
claim y = 5
  rank: deprecated
//- /b.claims
source b
claim x = 2
claim y = 6
  rank: preferred
`);
    const uri = `${ROOT}/a.claims`;
    expect(inlayHintsOf(workspace, uri).map((h) => h.label)).toEqual(["≠ 2 (b)"]);
    const text = workspace.entry(uri)!.text;
    expect(inlayHintsOf(workspace, uri, { start: text.indexOf("claim y"), end: text.length })).toEqual([]);
    workspace.setConfig({ ...workspace.configuration, severity: { contradiction: "off" } });
    expect(inlayHintsOf(workspace, uri)).toEqual([]);
  });
});
