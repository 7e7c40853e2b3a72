import { describe, expect, it } from "vitest";
import { codesOf, workspaceOf } from "../testing/fixture";

describe("references", () => {
  it("reports unknown sources, duplicate ids and claims above every source", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
claim orphan = 1
source dup
claim x = 1
  via: @nobody
  via: @dup
  via: @dup/missing
  via: a security source
//- /b.claims
source dup
claim y = 2
  id: c1
claim z = 3
  id: c1
`);
    expect(codesOf(workspace)).toEqual([
      "/a.claims:1:1 no-source",
      "/a.claims:2:8 duplicate-id",
      "/a.claims:4:8 unknown-source",
      "/a.claims:6:8 unknown-source",
      "/b.claims:1:8 duplicate-id",
      "/b.claims:5:7 duplicate-id",
    ]);
  });
});
