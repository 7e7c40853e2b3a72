import { describe, expect, it } from "vitest";
import { workspaceOf } from "../testing/fixture";
import { articleDiagnosticsOf } from "./articleDiagnostics";

const files = (config: string) => `
//- /isnad.json
${config}
//- /waha.txt
فككت المصالح 13 خلية سنة 2017، وأوقفت أربعة أشخاص أمس.
//- /waha.claims
source waha
  published: 2024-06-08
  text: waha.txt
claim cells {year: 2017} = 13
  quote: «فككت المصالح 13 خلية سنة 2017»
`;

describe("uncovered-figure", () => {
  it("says nothing unless a setting turns it on", async () => {
    const { workspace } = await workspaceOf(files("{}"));
    expect(articleDiagnosticsOf(workspace, "file:///ws/waha.txt")).toEqual([]);
  });

  it("when on, marks the figures of the article that no quote covers", async () => {
    const { workspace } = await workspaceOf(files(`{ "severity": { "uncovered-figure": "hint" } }`));
    const text = workspace.article("file:///ws/waha.txt")!.text;
    const shown = articleDiagnosticsOf(workspace, "file:///ws/waha.txt").map((d) => `${d.code} ${d.severity} ${text.slice(d.range.start.character, d.range.end.character)}: ${d.message}`);
    expect(shown).toEqual(["uncovered-figure hint أربعة: no claim covers this figure: \u2068أربعة\u2069", "uncovered-figure hint أمس: no claim covers this figure: \u2068أمس\u2069"]);
  });
});
