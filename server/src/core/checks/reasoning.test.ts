// The reasoning about flows: running counts, totals, nested windows, parts and scope. Each case
// the issue names is here, the flagged ones and the look-alikes that must stay silent.
import { describe, expect, it } from "vitest";
import { codesOf, compactDiagnostics, workspaceOf } from "../testing/fixture";
import { hoverAt } from "../analysis/hover";

const FLOWS = `//- /metrics.claims
metric cells_dismantled
  kind: flow
metric cells_isis
  kind: flow
  part-of: cells_dismantled
metric population
  kind: level
`;

async function check(claims: string): Promise<string[]> {
  const { workspace } = await workspaceOf(`${FLOWS}${claims}`);
  return compactDiagnostics(workspace).filter((d) => !d.startsWith("/metrics.claims"));
}

describe("windows of a flow", () => {
  it("are one quantity however they are written", async () => {
    const found = await check(`//- /a.claims
source a
  published: 2018-03-01
claim cells_dismantled {year: last} = 13
//- /b.claims
source b
  published: 2024-06-08
claim cells_dismantled {period: 2017-01-01..2017-12-31} = 9
`);
    expect(found.map((d) => d.replace(/: .*/, ""))).toEqual(["/a.claims:3:39 warning contradiction", "/b.claims:3:59 warning contradiction"]);
  });

  it("are compared as written for a metric that is not declared", async () => {
    const { workspace } = await workspaceOf(`//- /a.claims
source a
claim arrests {year: 2017} = 13
claim arrests {period: 2017-01-01..2017-12-31} = 9
`);
    expect(codesOf(workspace)).toEqual([]);
  });
});

describe("as-of-decrease", () => {
  it("flags a later running count lower than an earlier one, on both claims", async () => {
    const found = await check(`//- /a.claims
source sada
  published: 2024-06-07
claim cells_dismantled {year: 2024, asof: 2024-06-06} = 5
//- /b.claims
source waha
  published: 2024-06-09
claim cells_dismantled {year: 2024, asof: 2024-06-08} = 4
`);
    expect(found).toEqual([
      "/a.claims:3:57 warning as-of-decrease: running count of 2024: 5 (sada) as of 2024-06-06, then 4 (waha) as of 2024-06-08: a count so far cannot go down",
      "/b.claims:3:57 warning as-of-decrease: running count of 2024: 5 (sada) as of 2024-06-06, then 4 (waha) as of 2024-06-08: a count so far cannot go down",
    ]);
  });

  it("dates an open window by its source, or the source it cites", async () => {
    const found = await check(`//- /a.claims
source statement
  published: 2024-06-06
claim cells_dismantled {since: 2002} = 210
source late
  published: 2024-06-15
claim cells_dismantled {since: 2002} = 207
  via: @statement
source later
  published: 2024-06-20
claim cells_dismantled {since: 2002} = 205
`);
    // 207 repeats the statement (as of its date, 2024-06-06) and disagrees with it: a misquotation of
    // one origin, not a contradiction between two; 205, later, went down.
    expect(found.map((d) => d.replace(/: .*/, ""))).toEqual([
      "/a.claims:3:40 warning same-origin-contradiction",
      "/a.claims:3:40 warning as-of-decrease",
      "/a.claims:6:40 warning same-origin-contradiction",
      "/a.claims:6:40 warning as-of-decrease",
      "/a.claims:10:40 warning as-of-decrease",
    ]);
  });

  it("stays silent on a count that grew, on a partial count below the complete one, and on dates not ordered", async () => {
    const found = await check(`//- /a.claims
source a
  published: 2021-01-10
claim cells_dismantled {year: 2020, asof: 2020-11} = 6
claim cells_dismantled {year: 2020} = 8
claim cells_dismantled {year: 2024, asof: 2024-06-06} = 4
claim cells_dismantled {year: 2024, asof: 2024-06-09} = 5
`);
    expect(found).toEqual([]);
  });

  it("compares counts whose dates are not ordered as one quantity", async () => {
    const found = await check(`//- /a.claims
source a
claim cells_dismantled {year: 2024, asof: 2024-06} = 5
claim cells_dismantled {year: 2024, asof: 2024-06-08} = 4
`);
    expect(found.map((d) => d.replace(/: .*/, ""))).toEqual(["/a.claims:2:54 warning contradiction", "/a.claims:3:57 warning contradiction"]);
  });

  it("is settled by ranks like a contradiction", async () => {
    const found = await check(`//- /a.claims
source a
claim cells_dismantled {year: 2024, asof: 2024-06-06} = 5
  rank: deprecated
claim cells_dismantled {year: 2024, asof: 2024-06-08} = 4
`);
    expect(found.map((d) => d.replace(/: .*/, ""))).toEqual(["/a.claims:2:57 information settled-contradiction", "/a.claims:4:57 information settled-contradiction"]);
  });
});

describe("sum-mismatch", () => {
  const yearly = (values: number[]) => values.map((v, i) => `claim cells_dismantled {year: ${2015 + i}} = ${v}`).join("\n");

  it("stays silent when nine yearly figures add up to the stated total", async () => {
    expect(await check(`//- /a.claims\nsource a\n  published: 2024-06-07\n${yearly([21, 19, 9, 11, 14, 8, 4, 2, 3])}\nclaim cells_dismantled {from: 2015, to: 2023} = 91\n`)).toEqual([]);
  });

  it("shows the arithmetic when they do not", async () => {
    const found = await check(`//- /a.claims\nsource a\n  published: 2024-06-07\n${yearly([21, 19, 13, 11, 14, 8, 4, 2, 3])}\nclaim cells_dismantled {from: 2015, to: 2023} = 91\n`);
    expect(found).toEqual([
      "/a.claims:12:49 warning sum-mismatch: the parts do not add up to the total: 21 + 19 + 13 + 11 + 14 + 8 + 4 + 2 + 3 = 95 ≠ 91 (2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023)",
    ]);
  });

  it("adds a period and a partial year against a total counted since", async () => {
    const found = await check(`//- /a.claims
source a
  published: 2024-06-09
claim cells_dismantled {period: 2015..2023} = 91
claim cells_dismantled {year: 2024, asof: 2024-06-06} = 5
claim cells_dismantled {since: 2015} = 95
`);
    expect(found).toEqual(["/a.claims:5:40 warning sum-mismatch: the parts already exceed the total: 91 + 5 = 96 > 95 (2015..2023, 2024 so far)"]);
  });

  it("lets parts that cover only some years stay below the total, and flags them above it", async () => {
    expect(await check(`//- /a.claims\nsource a\n${yearly([21, 19])}\nclaim cells_dismantled {period: 2015..2023} = 91\n`)).toEqual([]);
    const found = await check(`//- /a.claims\nsource a\n${yearly([61, 39])}\nclaim cells_dismantled {period: 2015..2023} = 91\n`);
    expect(found).toEqual(["/a.claims:4:47 warning sum-mismatch: the parts already exceed the total: 61 + 39 = 100 > 91 (2015, 2016)"]);
  });

  it("adds approximate and disputed parts as intervals, and reports only when no choice agrees", async () => {
    expect(await check(`//- /a.claims\nsource a\nclaim cells_dismantled {year: 2015} = ~20\nclaim cells_dismantled {year: 2016} = 9..13\nclaim cells_dismantled {period: 2015..2016} = 32\n`)).toEqual([]);
    const found = await check(`//- /a.claims\nsource a\nclaim cells_dismantled {year: 2015} = 20\nclaim cells_dismantled {year: 2016} = 9\nclaim cells_dismantled {year: 2016} = 13\nclaim cells_dismantled {period: 2015..2016} = 35\n`);
    expect(found.filter((d) => d.includes("sum-mismatch"))).toEqual(["/a.claims:5:47 warning sum-mismatch: the parts do not add up to the total: 20 + 9..13 = 29..33 ≠ 35 (2015, 2016)"]);
  });

  it("leaves deprecated parts out and counts a settled part at its preferred value", async () => {
    const found = await check(`//- /a.claims
source a
claim cells_dismantled {year: 2015} = 20
claim cells_dismantled {year: 2016} = 13
  rank: deprecated
claim cells_dismantled {year: 2016} = 9
  rank: preferred
claim cells_dismantled {period: 2015..2016} = 29
`);
    expect(found.filter((d) => d.includes("sum"))).toEqual([]);
  });

  it("says sources-sum-mismatch, as information, when the parts come from other sources", async () => {
    const found = await check(`//- /a.claims\nsource sada\n${yearly([21, 19, 9, 11, 14, 8, 4, 2, 3])}\n//- /b.claims\nsource waha\nclaim cells_dismantled {period: 2015..2023} = 95\n`);
    expect(found).toEqual([
      "/b.claims:2:47 information sources-sum-mismatch: the parts other sources give do not add up to 95 (waha): 21 + 19 + 9 + 11 + 14 + 8 + 4 + 2 + 3 = 91 ≠ 95 (2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023; from sada)",
    ]);
  });
});

describe("subset-exceeds-total", () => {
  it("flags a window above the window that holds it", async () => {
    const found = await check(`//- /a.claims\nsource a\nclaim cells_dismantled {year: 2017} = 95\nclaim cells_dismantled {period: 2015..2023} = 91\n`);
    expect(found).toEqual(["/a.claims:2:39 warning subset-exceeds-total: 95 (a) is more than 91 (a), which holds it (2017 is inside 2015..2023)"]);
  });

  it("flags a part-of metric above its whole, and stays silent below it", async () => {
    const found = await check(`//- /a.claims\nsource a\nclaim cells_isis {year: 2017} = 12\nclaim cells_dismantled {year: 2017} = 9\n//- /b.claims\nsource b\nclaim cells_isis {period: 2015..2023} = 85\nclaim cells_dismantled {period: 2015..2023} = 91\n`);
    expect(found).toEqual(["/a.claims:2:33 warning subset-exceeds-total: 12 (a) is more than 9 (a), which holds it (`cells_isis` is part of `cells_dismantled`)"]);
  });

  it("flags an extra qualifier above the count without it", async () => {
    const found = await check(`//- /a.claims\nsource a\nclaim cells_dismantled {year: 2017, agency: bcij} = 12\nclaim cells_dismantled {year: 2017} = 9\n`);
    expect(found).toEqual(["/a.claims:2:53 warning subset-exceeds-total: 12 (a) is more than 9 (a), which holds it (the same count with agency)"]);
  });

  it("stays silent on 207 since 2002 beside 91 since 2015, and on a narrower count below", async () => {
    expect(await check(`//- /a.claims\nsource a\n  published: 2024-06-09\nclaim cells_dismantled {since: 2002} = 207\nclaim cells_dismantled {since: 2015} = 91\nclaim cells_dismantled {year: 2017, agency: bcij} = 8\nclaim cells_dismantled {year: 2017} = 9\n`)).toEqual([]);
  });

  it("applies to levels: a part at a date may not exceed its whole at that date", async () => {
    const { workspace } = await workspaceOf(`${FLOWS}//- /a.claims\nsource a\nclaim population {year: 2024, region: souss} = 40000000\nclaim population {year: 2024} = 37000000\n`);
    expect(codesOf(workspace)).toEqual(["/a.claims:2:48 subset-exceeds-total"]);
  });
});

describe("possible-contradiction", () => {
  it("is off by default, and names the qualifier that differs when on", async () => {
    const text = `${FLOWS}//- /a.claims\nsource a\nclaim cells_dismantled {year: 2017, agency: bcij} = 8\nclaim cells_dismantled {year: 2017} = 9\n`;
    expect(codesOf((await workspaceOf(text)).workspace)).toEqual([]);
    const { workspace } = await workspaceOf(`${text}//- /isnad.json\n{ "severity": { "possible-contradiction": "hint" } }\n`);
    expect(compactDiagnostics(workspace).filter((d) => d.startsWith("/a.claims"))).toEqual([
      "/a.claims:2:53 hint possible-contradiction: 8 (a) differs from 9 (a), which counts the same without agency: a narrower count, or a scoping slip?",
    ]);
  });
});

describe("the hover of a flow", () => {
  it("says which window it counts, when the count was taken, and the arithmetic of a total", async () => {
    const { workspace, fixture } = await workspaceOf(`${FLOWS}//- /a.claims
source waha
  published: 2024-06-09
claim cells_dismantled {period: 2015..2023} = 91
claim cells_dismantled {year: 2024} = 5
  via: @statement
claim cells_dismantled {since: 2015} = 95$0
//- /s.claims
source statement
  published: 2024-06-06
`);
    const at = fixture.cursor!;
    const hover = hoverAt(workspace, at.uri, at.offset)?.markdown ?? "";
    expect(hover).toContain("A flow counted over 2015.. so far: as of 2024-06-09, the date of `waha`");
    expect(hover).toContain("⚠ the parts already exceed the total: 91 \\+ 5 = 96 \\> 95 \\(2015..2023, 2024 so far\\)");
    const part = hoverAt(workspace, at.uri, fixture.files[at.uri]!.indexOf("= 5"))?.markdown ?? "";
    expect(part).toContain("A flow counted over 2024 so far: as of 2024-06-06, the date of `statement`");
  });
});
