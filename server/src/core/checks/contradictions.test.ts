import { describe, expect, it } from "vitest";
import { codesOf, compactDiagnostics, workspaceOf } from "../testing/fixture";

describe("contradiction", () => {
  it("is reported on every claim involved, across sources, with related places", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source waha
  outlet: الواحة
claim cells_dismantled {year: 2017} = 13
//- /b.claims
source sada
claim cells_dismantled {year: 2017} = 9
`);
    expect(compactDiagnostics(workspace)).toEqual([
      "/a.claims:3:39 warning contradiction: 13 (waha) contradicts 9 (sada), off by 4 (31%); origins: @waha against @sada",
      "/b.claims:2:39 warning contradiction: 9 (sada) contradicts 13 (waha), off by 4 (31%); origins: @sada against @waha",
    ]);
  });

  it("compares every kind of value as a set", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim bound {} = >27
claim range = 10..12
claim approx = ~1000
claim year = 2011
claim date = 2024-06
claim text = "Marrakech"
claim exclusive = >27
//- /b.claims
source b
claim bound {} = 20
claim range = 15
claim approx = 1300
claim year = 2017
claim date = 2024-07-02
claim text = "Casablanca"
claim exclusive = 27
`);
    expect(codesOf(workspace).filter((c) => c.startsWith("/a"))).toEqual([
      "/a.claims:2:18 contradiction",
      "/a.claims:3:15 contradiction",
      "/a.claims:4:16 contradiction",
      "/a.claims:5:14 contradiction",
      "/a.claims:6:14 contradiction",
      "/a.claims:7:14 contradiction",
      "/a.claims:8:19 contradiction",
    ]);
  });

  it("leaves look-alikes alone", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim cells {year: 2017} = 13
claim ages = 40..50
claim approx = ~1000
claim bound = >27
claim both = >=27
claim digits {year: ٢٠١٧, place: الرباط} = ٩
claim month = 2024-06
claim year = 2011
claim edge = >=27
claim text = "الدار البيضاء"
//- /b.claims
source b
claim cells {year: 2018} = 9
claim ages = 45..60
claim approx = 1050
claim bound = 30
claim both = <=40
claim digits {place: الرباط, year: 2017} = 9
claim month = 2024-06-06
claim year = 2011-04-28
claim edge = 27
claim text = «الدار البيضاء»
`);
    expect(compactDiagnostics(workspace)).toEqual([]);
  });

  it("contradicts within one source too, between figures it has from different people", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim cells {year: 2017} = 13
  via: former officer
claim cells {year: 2017} = 9
  via: @b
//- /b.claims
source b
`);
    expect(compactDiagnostics(workspace)).toEqual([
      "/a.claims:2:28 warning contradiction: 13 (a) contradicts 9 (a), off by 4 (31%); origins: @a ← former officer against @b",
      "/a.claims:4:28 warning contradiction: 9 (a) contradicts 13 (a), off by 4 (31%); origins: @b against @a ← former officer",
    ]);
  });

  it("becomes settled when every conflicting claim is deprecated", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim cells {year: 2017} = 9
  rank: preferred
  reason: the bureau's annual report
//- /b.claims
source b
claim cells {year: 2017} = 13
  rank: deprecated
//- /c.claims
source c
claim cells {year: 2017} = 13
  rank: deprecated
`);
    expect(compactDiagnostics(workspace)).toEqual([
      "/a.claims:2:28 information settled-contradiction: settled: 9 preferred over 13 — the bureau's annual report",
      "/b.claims:2:28 information settled-contradiction: settled: 9 preferred over 13 — the bureau's annual report",
      "/c.claims:2:28 information settled-contradiction: settled: 9 preferred over 13 — the bureau's annual report",
    ]);
  });

  it("stays a contradiction while a conflicting claim is not deprecated", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim cells {year: 2017} = 9
  rank: preferred
//- /b.claims
source b
claim cells {year: 2017} = 13
  rank: deprecated
//- /c.claims
source c
claim cells {year: 2017} = 11
`);
    expect(codesOf(workspace)).toEqual([
      "/a.claims:2:28 contradiction",
      "/b.claims:2:28 settled-contradiction",
      "/c.claims:2:28 contradiction",
    ]);
  });

  it("lists at most 20 related claims, grouped by value, and counts the rest", async () => {
    const files = Array.from({ length: 30 }, (_, i) => `//- /f${String(i).padStart(2, "0")}.claims\nsource s${i}\nclaim killed {event: x} = ${i === 0 ? 17 : i === 1 ? 5 : 45}\n`).join("");
    const { workspace } = await workspaceOf(files);
    const { diagnosticsOf } = await import("../analysis/diagnostics");
    const [first] = diagnosticsOf(workspace, "file:///ws/f00.claims");
    expect(first?.related).toHaveLength(20);
    expect(new Set(first?.related.map((r) => r.value))).toEqual(new Set(["5", "45"]));
    expect(first?.message).toMatch(/29 claims in all; origins: @s0 against @s1, @s2, @s3 and 26 more$/);
  });
});

describe("incompatible-values", () => {
  it("reports a number against text on both claims, not as a contradiction", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim place {event: argana} = "Marrakech"
//- /b.claims
source b
claim place {event: argana} = 3
`);
    expect(codesOf(workspace)).toEqual(["/a.claims:2:31 incompatible-values", "/b.claims:2:31 incompatible-values"]);
  });
});

describe("how far apart a contradiction's values are", () => {
  const messages = async (a: string, b: string) => {
    const { workspace } = await workspaceOf(`//- /a.claims\nsource a\n${a}\n//- /b.claims\nsource b\n${b}\n`);
    return compactDiagnostics(workspace)
      .filter((d) => d.startsWith("/a.claims"))
      .map((d) => d.replace(/^.*?: /, "").replace(/; origins: .*$/, ""));
  };

  it("is by how much and by how much of the larger value, for numbers, ranges and bounds (their nearest ends)", async () => {
    expect(await messages("claim cells = 13", "claim cells = 12")).toEqual(["13 (a) contradicts 12 (b), off by 1 (8%)"]);
    expect(await messages("claim injured = 20..25", "claim injured = 30")).toEqual(["20..25 (a) contradicts 30 (b), off by 5 (17%)"]);
    expect(await messages("claim injured = >100", "claim injured = 60")).toEqual([">100 (a) contradicts 60 (b), off by 40 (40%)"]);
    expect(await messages("claim x = >27", "claim x = 27")).toEqual([">27 (a) contradicts 27 (b), just outside the bound"]);
  });

  it("is in base units for scaled values, which agree with the same number written otherwise", async () => {
    expect(await messages("claim budget = 2.5 billion", "claim budget = 2.3 milliard")).toEqual(["2.5 billion (a) contradicts 2.3 milliard (b), off by 200 million (8%)"]);
    expect(await messages("claim budget = 2.5 billion", "claim budget = 2500 million\nclaim budget = ٢٫٥ مليار")).toEqual([]);
  });

  it("is in years, months or days for dates, and for the years of a quantity with dates or named for a time", async () => {
    expect(await messages("claim date {event: argana} = 2011", "claim date {event: argana} = 2017\nclaim date {event: argana} = 2011-04-28")).toEqual(["2011 (a) contradicts 2017 (b), 6 years apart"]);
    expect(await messages("claim event_year = 2011", "claim event_year = 2017")).toEqual(["2011 (a) contradicts 2017 (b), 6 years apart"]);
    expect(await messages("claim verdict = 2019-07", "claim verdict = 2019-10-30")).toEqual(["2019-07 (a) contradicts 2019-10-30 (b), 3 months apart"]);
    expect(await messages("claim operation = 2024-06-06", "claim operation = 2024-06-08")).toEqual(["2024-06-06 (a) contradicts 2024-06-08 (b), 2 days apart"]);
    expect(await messages("claim residents = 2011", "claim residents = 2017")).toEqual(["2011 (a) contradicts 2017 (b), off by 6 (0.3%)"]);
  });

  it("is given for each value, and not for text", async () => {
    expect(await messages("claim x = 13", "claim x = 9\nclaim x = 11")).toEqual(["13 (a) contradicts 9 (b), off by 4 (31%); 11 (b), off by 2 (15%)"]);
    expect(await messages('claim city = "Casablanca"', 'claim city = "Marrakech"')).toEqual(['"Casablanca" (a) contradicts "Marrakech" (b)']);
  });
});

describe("same-origin-contradiction", () => {
  const statement = `
//- /bcij.claims
source bcij-statement-2024-06-06
  published: 2024-06-06
claim arrested {operation: x} = 4
  id: arrested
`;

  it("is reported instead of a contradiction when two figures that disagree trace to one statement", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim cells {operation: x} = 3
  via: @bcij-statement-2024-06-06
//- /b.claims
source b
claim cells {operation: x} = 2
  via: @bcij-statement-2024-06-06
//- /bcij.claims
source bcij-statement-2024-06-06
`);
    expect(compactDiagnostics(workspace)).toEqual([
      "/a.claims:2:30 warning same-origin-contradiction: 3 (a) contradicts 2 (b), off by 1 (33%), though both cite @bcij-statement-2024-06-06: one of them misquotes it",
      "/b.claims:2:30 warning same-origin-contradiction: 2 (b) contradicts 3 (a), off by 1 (33%), though both cite @bcij-statement-2024-06-06: one of them misquotes it",
    ]);
  });

  it("follows the chain through an intermediate source, and and says «trace to one origin», not «both cite», when one of them is the origin's own claim", async () => {
    const { workspace } = await workspaceOf(`${statement}
//- /sada.claims
source sada
claim arrested {operation: x} = 4
  id: arrested
  via: @bcij-statement-2024-06-06/arrested
//- /atlas.claims
source atlas
claim arrested {operation: x} = 5
  via: @sada/arrested
`);
    expect(compactDiagnostics(workspace)).toEqual([
      "/atlas.claims:2:33 warning same-origin-contradiction: 5 (atlas) contradicts 4 (bcij-statement-2024-06-06, sada), off by 1 (20%), though they trace to one origin, @bcij-statement-2024-06-06: one of them misquotes it",
      "/bcij.claims:3:33 warning same-origin-contradiction: 4 (bcij-statement-2024-06-06) contradicts 5 (atlas), off by 1 (20%), though they trace to one origin, @bcij-statement-2024-06-06: one of them misquotes it",
      // Neither sada nor atlas is the statement: both cite it, atlas through sada.
      "/sada.claims:2:33 warning same-origin-contradiction: 4 (sada) contradicts 5 (atlas), off by 1 (20%), though both cite @bcij-statement-2024-06-06: one of them misquotes it",
    ]);
  });

  it("and a contradiction are reported side by side when a claim disagrees with claims of both kinds, with origins named", async () => {
    const { workspace } = await workspaceOf(`${statement}
//- /a.claims
source a
claim arrested {operation: x} = 5
  via: @bcij-statement-2024-06-06
//- /b.claims
source b
claim arrested {operation: x} = 6
  via: a security source
`);
    const onA = compactDiagnostics(workspace).filter((d) => d.startsWith("/a.claims"));
    expect(onA).toEqual([
      "/a.claims:2:33 warning contradiction: 5 (a) contradicts 6 (b), off by 1 (17%); origins: @bcij-statement-2024-06-06 against @b ← a security source",
      "/a.claims:2:33 warning same-origin-contradiction: 5 (a) contradicts 4 (bcij-statement-2024-06-06), off by 1 (20%), though they trace to one origin, @bcij-statement-2024-06-06: one of them misquotes it",
    ]);
  });

  it("needs a quotation: two figures a source gives on its own account, or from one person it names, are a plain contradiction", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim cells {year: 2017} = 13
claim cells {year: 2017} = 9
claim cells {year: 2018} = 13
  via: an analyst
claim cells {year: 2018} = 9
  via: an analyst
`);
    expect(compactDiagnostics(workspace)).toEqual([
      "/a.claims:2:28 warning contradiction: 13 (a) contradicts 9 (a), off by 4 (31%); origins: @a against @a",
      "/a.claims:3:28 warning contradiction: 9 (a) contradicts 13 (a), off by 4 (31%); origins: @a against @a",
      "/a.claims:4:28 warning contradiction: 13 (a) contradicts 9 (a), off by 4 (31%); origins: @a ← an analyst against @a ← an analyst",
      "/a.claims:6:28 warning contradiction: 9 (a) contradicts 13 (a), off by 4 (31%); origins: @a ← an analyst against @a ← an analyst",
    ]);
  });

  it("is settled by ranks as a contradiction is", async () => {
    const { workspace } = await workspaceOf(`${statement}
//- /a.claims
source a
claim arrested {operation: x} = 5
  via: @bcij-statement-2024-06-06
  rank: deprecated
  reason: the statement says four
`);
    expect(compactDiagnostics(workspace)).toEqual([
      "/a.claims:2:33 information settled-contradiction: settled: 5 deprecated — the statement says four",
      "/bcij.claims:3:33 information settled-contradiction: settled: 5 deprecated — the statement says four",
    ]);
  });

  it("leaves alone outlets that repeat one statement and agree, and outlets quoting «official figures» each (two origins)", async () => {
    const { workspace } = await workspaceOf(`${statement}
//- /a.claims
source a
claim arrested {operation: x} = 4
  via: @bcij-statement-2024-06-06
claim cells {year: 2017} = 9
  via: official figures
//- /b.claims
source b
claim arrested {operation: x} = ٤
  via: @bcij-statement-2024-06-06/arrested
claim cells {year: 2017} = 13
  via: official figures
`);
    expect(codesOf(workspace)).toEqual(["/a.claims:4:28 contradiction", "/b.claims:4:28 contradiction"]);
  });
});

describe("minor-difference", () => {
  const config = (minor: number) => `//- /isnad.json\n{ "minorDifference": ${minor} }\n`;

  it("reports numbers closer than minorDifference as information instead of a contradiction", async () => {
    const { workspace } = await workspaceOf(`${config(0.02)}
//- /a.claims
source a
claim visitors {year: 2023} = 1234
//- /b.claims
source b
claim visitors {year: 2023} = 1250
`);
    expect(compactDiagnostics(workspace)).toEqual([
      "/a.claims:2:31 information minor-difference: 1234 (a) differs slightly from 1250 (b), off by 16 (1%), under the minor difference of 2%",
      "/b.claims:2:31 information minor-difference: 1250 (b) differs slightly from 1234 (a), off by 16 (1%), under the minor difference of 2%",
    ]);
  });

  it("wins over a shared origin: rounding noise in a repeated figure is still noise", async () => {
    const { workspace } = await workspaceOf(`${config(0.05)}
//- /a.claims
source a
claim budget = 2.5 billion
  via: @s
//- /b.claims
source b
claim budget = 2480 million
  via: @s
//- /s.claims
source s
`);
    expect(codesOf(workspace)).toEqual(["/a.claims:2:16 minor-difference", "/b.claims:2:16 minor-difference"]);
  });

  it("leaves as contradictions the differences at or above it, dates, years, and everything while it is 0", async () => {
    const fixture = (minor: number) => `${config(minor)}
//- /a.claims
source a
claim cells {year: 2017} = 13
claim visitors {year: 2023} = 1234
claim operation = 2024-06-06
claim event_year = 2011
//- /b.claims
source b
claim cells {year: 2017} = 12
claim visitors {year: 2023} = 1260
claim operation = 2024-06-07
claim event_year = 2012
`;
    const on = await workspaceOf(fixture(0.02));
    expect(codesOf(on.workspace).filter((c) => c.startsWith("/a"))).toEqual(["/a.claims:2:28 contradiction", "/a.claims:3:31 contradiction", "/a.claims:4:19 contradiction", "/a.claims:5:20 contradiction"]);
    const off = await workspaceOf(`${fixture(0.02).replace(/^.*\n.*\n/, "")}`.replace("1260", "1250"));
    expect(codesOf(off.workspace).filter((c) => c.startsWith("/a"))).toEqual(["/a.claims:2:28 contradiction", "/a.claims:3:31 contradiction", "/a.claims:4:19 contradiction", "/a.claims:5:20 contradiction"]);
  });
});

describe("numbers compared by their digits as written, not as doubles", () => {
  const big = `1${"0".repeat(400)}`;
  const bigPlusOne = `1${"0".repeat(399)}1`;

  it.each([
    ["9007199254740993", "9007199254740992"],
    [big, bigPlusOne],
    ["0.12345678901234567891", "0.12345678901234567892"],
    ["9007199254740.993 thousand", "9007199254740992"],
  ])("%s against %s is a contradiction", async (a, b) => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim n = ${a}
//- /b.claims
source b
claim n = ${b}
`);
    expect(codesOf(workspace)).toEqual(["/a.claims:2:11 contradiction", "/b.claims:2:11 contradiction"]);
  });

  it.each([
    ["9007199254740993", "9007199254740993.000"],
    [big, big],
    ["2.5 billion", "2500000000"],
    ["9007199254740993", "9007199254740990..9007199254741000"],
    ["9007199254740993", ">9007199254740000"],
  ])("%s against %s agrees", async (a, b) => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim n = ${a}
//- /b.claims
source b
claim n = ${b}
`);
    expect(codesOf(workspace)).toEqual([]);
  });
});
