import { describe, expect, it } from "vitest";
import { workspaceOf } from "../testing/fixture";
import { articleDiagnosticsOf } from "./articleDiagnostics";

// An implicit one («لمدة سنة», «un mort») is read for the quote check, but is no figure left to claim.
describe("uncovered-figure and implicit ones", () => {
  it("marks the figures no quote covers and never an implicit one", async () => {
    const { workspace } = await workspaceOf(`
//- /isnad.json
{ "severity": { "uncovered-figure": "hint" } }
//- /a.txt
حكم على المتهم بالسجن لمدة سنة، وأوقفت الشرطة أربعة أشخاص. Le bilan fait état d'un mort et de trois blessés.
//- /a.claims
source a
  text: a.txt
claim arrested = 4
  quote: «وأوقفت الشرطة أربعة أشخاص»
`);
    const text = workspace.article("file:///ws/a.txt")!.text;
    const shown = articleDiagnosticsOf(workspace, "file:///ws/a.txt").map((d) => text.slice(d.range.start.character, d.range.end.character));
    expect(shown).toEqual(["trois"]);
  });
});
