import { describe, expect, it } from "vitest";
import { compactDiagnostics, workspaceOf } from "../testing/fixture";

describe("fields", () => {
  it("suggests the nearest field and validates values", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
  published: yesterday
  url: example
  language: arabic
claim x = 1
  qoute: «نص»
  rank: best
  quote: «نص»
`);
    expect(compactDiagnostics(workspace)).toEqual([
      "/a.claims:2:14 error invalid-field: `published: yesterday`: expected an ISO date such as 2024-06-08 (or 2024-06, 2024)",
      "/a.claims:3:8 error invalid-field: `url: example`: expected an http(s) URL such as https://example.org/a/123",
      "/a.claims:4:13 error invalid-field: `language: arabic`: expected a language tag such as ar, fr, en or ar-MA",
      "/a.claims:6:3 error unknown-field: unknown field `qoute`; did you mean `quote`?",
      "/a.claims:7:9 error invalid-field: `rank: best`: expected preferred, normal or deprecated",
    ]);
  });
});
