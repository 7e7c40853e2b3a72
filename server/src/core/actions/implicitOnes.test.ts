import { describe, expect, it } from "vitest";
import { actionsAt } from "../testing/actions";
import { codesOf, workspaceOf } from "../testing/fixture";
import { articleActionsAt } from "./codeActions";

// Implicit ones («شهرا أو أكثر», «un mort») tell that a quote states its figure, and are never offered to cite or to claim.
describe("implicit ones", () => {
  it("let a quote that states one without a numeral stand for its claim", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
  text: a.txt
claim works_duration_months {site: port} = >=1
  quote: «تستمر الأشغال شهرا أو أكثر»
claim deaths {event: acte-18} = 1
  quote: «le bilan fait état d'un mort»
claim deaths {event: acte-19} = 3
  quote: «le bilan fait état d'un mort»
//- /a.txt
تستمر الأشغال شهرا أو أكثر. Selon la police, le bilan fait état d'un mort.
`);
    // Only the claim of three deaths, which «un mort» does not state, is reported.
    expect(codesOf(workspace)).toEqual(["/a.claims:8:10 figure-not-in-quote"]);
  });

  it("are not offered as passages to quote", async () => {
    const f = await actionsAt(`//- /a.claims
source a
  text: a.txt
claim deaths {event: acte-18} = 1$0
//- /a.txt
Selon la police, le bilan fait état d'un mort. Un seul blessé a été signalé.
`);
    expect(f.actions.filter((a) => a.title.startsWith("Quote"))).toEqual([]);
  });

  it("are not offered as figures to claim", () => {
    const text = "قضى المتهم في السجن مدة سنة، ثم غادر 3 أشخاص.";
    const at = text.indexOf("سنة");
    expect(articleActionsAt(text, { uri: "file:///ws/a.txt", start: at + 1, end: at + 1 })).toEqual([]);
    const three = text.indexOf("3");
    expect(articleActionsAt(text, { uri: "file:///ws/a.txt", start: three, end: three }).map((a) => a.kind)).toEqual(["refactor.extract"]);
  });
});
