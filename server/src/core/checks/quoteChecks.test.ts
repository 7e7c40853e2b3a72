import { describe, expect, it } from "vitest";
import { codesOf, compactDiagnostics, workspaceOf } from "../testing/fixture";

const article = `تمكن المكتب المركزي للأبحاث القضائية من تفكيك 13 خلية إرهابية خلال سنة 2017.

وأوقفت المصالح الأمنية أربعة أشخاص تتراوح أعمارهم بين 21 و41 سنة.

وأكد المصدر أن الخلية كانت تنشط في مدينتين.`;

describe("articles and quotes", () => {
  const claims = (body: string) => `
//- /a.txt
${article}
//- /a.claims
source a
  text: a.txt
${body}`;

  it("finds quotes after folding, and says nothing when the quote states the value", async () => {
    const { workspace } = await workspaceOf(
      claims(`claim cells {year: 2017} = 13
  quote: «تمكّن المكتب المركزي للأبحاث القضائية من تفكيك ١٣ خليـــة»
claim arrested = 4
  quote: أوقفت المصالح الأمنية أربعة أشخاص
claim cities = 2
  quote: تنشط في مدينتين`),
    );
    expect(compactDiagnostics(workspace)).toEqual([]);
  });

  it("reports a quote that is not in the article, and one that does not state the value", async () => {
    const { workspace } = await workspaceOf(
      claims(`claim cells {year: 2017} = 13
  quote: «تفكيك 12 خلية»
claim arrested = 5
  quote: «أوقفت المصالح الأمنية أربعة أشخاص»`),
    );
    expect(codesOf(workspace)).toEqual(["/a.claims:4:10 quote-not-found", "/a.claims:6:10 figure-not-in-quote"]);
  });

  it("does not match a number inside a longer one", async () => {
    const { workspace } = await workspaceOf(
      claims(`claim cells = 3
  quote: 3 خلية`),
    );
    expect(codesOf(workspace)).toEqual(["/a.claims:4:10 quote-not-found"]);
  });

  it("reports a quote standing twice as ambiguous, with each place", async () => {
    const { workspace } = await workspaceOf(
      claims(`claim cells = 1
  quote: خلية`),
    );
    expect(codesOf(workspace)).toEqual(["/a.claims:4:10 ambiguous-quote"]);
  });

  it("matches … across a stretch of one paragraph, never across paragraphs", async () => {
    const { workspace } = await workspaceOf(
      claims(`claim cells = 13
  quote: «تمكن المكتب … 13 خلية»
claim arrested = 4
  quote: «خلال سنة 2017 … أربعة أشخاص»`),
    );
    expect(codesOf(workspace)).toEqual(["/a.claims:6:10 quote-not-found"]);
  });

  it("reports missing articles and paths leaving the workspace, and reads neither", async () => {
    const { workspace } = await workspaceOf(`
//- /outside.txt
x
//- /sub/a.claims
source a
  text: nothing.txt
source b
  text: ../../etc/passwd
source c
  text: /etc/passwd
`);
    expect(codesOf(workspace)).toEqual(["/sub/a.claims:2:9 missing-text", "/sub/a.claims:4:9 outside-root", "/sub/a.claims:6:9 outside-root"]);
    expect(workspace.unreadArticles()).toEqual([]);
  });
});
