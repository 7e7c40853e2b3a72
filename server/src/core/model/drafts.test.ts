import { describe, expect, it } from "vitest";
import { codeLensesOf } from "../analysis/codeLens";
import { hoverAt } from "../analysis/hover";
import { inlayHintsOf } from "../analysis/inlayHints";
import { documentSymbols } from "../analysis/symbols";
import { english } from "../messages";
import { codesOf, ROOT, workspaceOf } from "../testing/fixture";

// A draft (`status: draft`) of a value that contradicts, with a quote the article does not hold:
// while it is a draft it raises nothing and counts nowhere; confirmed, it raises as usual.
const files = (status: string) => `
//- /a.txt
أوقفت المصالح الأمنية أربعة أشخاص.
//- /a.claims
source a
  text: a.txt
claim arrested {op: x} = 4
  quote: «أوقفت المصالح الأمنية أربعة أشخاص»
//- /b.txt
أوقفت الشرطة خمسة أشخاص.
//- /b.claims
source b
  text: b.txt
claim arrested {op: x} = 9
${status}  quote: «لم ترد في المقال»
claim arrested {op: y} = 1
${status}`;

describe("drafts", () => {
  it("a draft raises nothing, and no code lens, hover or inlay hint counts it", async () => {
    const { workspace } = await workspaceOf(files("  status: draft\n"));
    expect(codesOf(workspace)).toEqual([]);
    expect(workspace.claimsAbout(workspace.entry(`${ROOT}/a.claims`)!.facts.claims[0]!.quantityKey!)).toHaveLength(1);
    expect(codeLensesOf(workspace, `${ROOT}/a.claims`).map((l) => english(l.title))).toEqual(["no other source"]);
    expect(codeLensesOf(workspace, `${ROOT}/b.claims`)).toEqual([]);
    expect(inlayHintsOf(workspace, `${ROOT}/a.claims`)).toEqual([]);
    const a = workspace.entry(`${ROOT}/a.claims`)!;
    const hover = hoverAt(workspace, a.uri, a.text.indexOf("= 4") + 2);
    expect(hover?.markdown).not.toContain("9");
    expect(workspace.entry(`${ROOT}/b.claims`)!.facts.drafts.map((d) => d.valueText)).toEqual(["9", "1"]);
    // The Outline still shows them, marked.
    expect(documentSymbols(workspace.entry(`${ROOT}/b.claims`)!)[0]!.children.map((c) => c.detail)).toEqual(["draft", "draft"]);
  });

  it("confirmed, the same claims raise as usual", async () => {
    const { workspace } = await workspaceOf(files(""));
    expect(codesOf(workspace)).toEqual(["/a.claims:3:26 contradiction", "/b.claims:3:26 contradiction", "/b.claims:4:10 quote-not-found", "/b.claims:5:7 unsourced-claim"]);
    expect(codeLensesOf(workspace, `${ROOT}/a.claims`).map((l) => english(l.title))).toEqual(["1 source contradicts"]);
  });

  it("takes only `draft` as a status", async () => {
    const { workspace } = await workspaceOf(`//- /a.claims\nsource a\nclaim x = 1\n  status: done\n`);
    expect(codesOf(workspace)).toEqual(["/a.claims:3:11 invalid-field"]);
  });
});
