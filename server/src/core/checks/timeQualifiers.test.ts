// Time qualifiers with a meaning: relative years resolve against the source's date, and a
// relative value with no date to resolve it against is `undated-source`, with a fix that takes
// the date the article states.
import { describe, expect, it } from "vitest";
import { codesOf, workspaceOf } from "../testing/fixture";
import { actionsAt } from "../testing/actions";
import { hoverAt } from "../analysis/hover";

describe("relative years", () => {
  it("are the year they resolve to: `year: last` in 2018 is `year: 2017`", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
  published: 2018-03-02
claim cells_dismantled {year: last} = 13
//- /b.claims
source b
  published: 2024-06-08
claim cells_dismantled {year: 2017} = 9
claim cells_dismantled {year: last} = 4
`);
    // 13 (2017, from 2018's "last year") against 9 (2017); 4 is 2023's figure and meets nobody.
    expect(codesOf(workspace)).toEqual(["/a.claims:3:39 contradiction", "/b.claims:3:39 contradiction"]);
  });

  it("say in the hover how they were resolved", async () => {
    const { workspace, fixture } = await workspaceOf(`
//- /a.claims
source a
  published: 2020-11-03
claim cells_dismantled {year: last} = 8$0
`);
    const hover = hoverAt(workspace, fixture.cursor!.uri, fixture.cursor!.offset);
    expect(hover?.markdown).toContain("`year: last` → 2019, from published 2020-11-03");
  });
});

describe("undated-source", () => {
  it("warns on a relative value in a source with no date, and on `asof: published`", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim cells_dismantled {year: last} = 13
claim arrested {year: 2024, asof: published} = 4
source b
  published: 2024-06-08
claim cells_dismantled {year: last} = 3
claim arrested {year: 2024, asof: published} = 4
`);
    expect(codesOf(workspace)).toEqual(["/a.claims:2:31 undated-source", "/a.claims:3:35 undated-source"]);
  });

  it("stays silent on absolute years in an undated source", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim cells_dismantled {year: 2017, since: 2002, asof: 2024-06-08} = 13
`);
    expect(codesOf(workspace)).toEqual([]);
  });

  it("is fixed with the date the article states near its top", async () => {
    const f = await actionsAt(`
//- /a.claims
source a
  text: a.txt
claim cells_dismantled {year: last} = 13$0
  quote: «13 خلية»
//- /a.txt
الرباط — الخميس 6 يونيو 2024

فككت المصالح الأمنية 13 خلية السنة الماضية.
`);
    expect(f.apply("Set `published: 2024-06-06`, the date the article states")).toEqual({
      "file:///ws/a.claims": "source a\n  text: a.txt\n  published: 2024-06-06\nclaim cells_dismantled {year: last} = 13\n  quote: «13 خلية»\n",
    });
  });

  it("offers no date when the article's opening lines state none", async () => {
    const f = await actionsAt(`
//- /a.claims
source a
  text: a.txt
claim cells_dismantled {year: last} = 13$0
  quote: «13 خلية»
//- /a.txt
عنوان بلا تاريخ

فككت المصالح الأمنية 13 خلية السنة الماضية.
`);
    expect(f.actions.filter((a) => a.title.includes("published"))).toEqual([]);
  });
});
