import { describe, expect, it } from "vitest";
import { actionsAt } from "../testing/actions";
import { codesOf, workspaceOf } from "../testing/fixture";

const files = (cursor: string) => `source a
claim arrested = 4
  status: draft
  quote: «أوقفت أربعة أشخاص»
claim seized${cursor} = 12
  status: draft   # drafted
claim killed = 1
`;

describe("confirming drafts", () => {
  it("removes the draft's `status:` line and nothing else", async () => {
    const { apply } = await actionsAt(`//- /a.claims\n${files("$0")}`);
    expect(apply("Confirm this draft")).toEqual({ "file:///ws/a.claims": "source a\nclaim arrested = 4\n  status: draft\n  quote: «أوقفت أربعة أشخاص»\nclaim seized = 12\nclaim killed = 1\n" });
  });

  it("confirms every draft of the file at once, and the claims are then checked", async () => {
    const { apply } = await actionsAt(`//- /a.claims\n${files("$0")}`);
    const after = apply("Confirm all drafts in this file (2)")["file:///ws/a.claims"]!;
    expect(after).toBe("source a\nclaim arrested = 4\n  quote: «أوقفت أربعة أشخاص»\nclaim seized = 12\nclaim killed = 1\n");
    const other = "//- /b.claims\nsource b\nclaim seized = 13\n";
    const drafted = await workspaceOf(`//- /a.claims\n${files("")}${other}`);
    expect(codesOf(drafted.workspace)).toEqual([]);
    const { workspace } = await workspaceOf(`//- /a.claims\n${after}${other}`);
    expect(codesOf(workspace)).toEqual(["/a.claims:4:16 contradiction", "/b.claims:2:16 contradiction"]);
  });

  it("is offered on a draft only", async () => {
    const { actions } = await actionsAt(`//- /a.claims\nsource a\nclaim killed$0 = 1\n  quote: «قتل شخص»\nclaim x = 2\n  status: draft\n`);
    expect(actions.map((a) => a.title)).not.toContain("Confirm this draft");
  });
});
