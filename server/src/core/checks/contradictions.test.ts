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
      "/a.claims:3:39 warning contradiction: 13 (waha) contradicts 9 (sada)",
      "/b.claims:2:39 warning contradiction: 9 (sada) contradicts 13 (waha)",
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

  it("contradicts within one source too", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
claim cells {year: 2017} = 13
claim cells {year: 2017} = 9
`);
    expect(codesOf(workspace)).toEqual(["/a.claims:2:28 contradiction", "/a.claims:3:28 contradiction"]);
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
    expect(first?.message).toMatch(/29 claims in all$/);
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
