import { describe, expect, it } from "vitest";
import { codesOf, compactDiagnostics, workspaceOf } from "../testing/fixture";

const article = `تمكن المكتب المركزي للأبحاث القضائية من تفكيك 13 خلية إرهابية خلال سنة 2017.

وأوقفت المصالح الأمنية أربعة أشخاص تتراوح أعمارهم بين 21 و41 سنة.

وأكد المصدر أن الخلية كانت تنشط في مدينتين.`;

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

describe("encoding", () => {
  it("gives a non-UTF-8 claims file one error and reads nothing from it", async () => {
    const { MemoryFileSystem } = await import("../workspace/fileSystem");
    const { loadWorkspace } = await import("../workspace/loader");
    const cp1256 = Uint8Array.from([0x73, 0x6f, 0x75, 0x72, 0x63, 0x65, 0x20, 0x61, 0x0a, 0xe3, 0xd5, 0xcf, 0xd1, 0x20, 0x3d, 0x20, 0x31]);
    const fs = new MemoryFileSystem({ "file:///ws/a.claims": cp1256, "file:///ws/b.claims": "source a\n" });
    const { workspace } = await loadWorkspace(fs, "file:///ws");
    const lines = compactDiagnostics(workspace);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^\/a\.claims:1:1 error encoding: a\.claims is not UTF-8 \(it looks like Windows-1256/);
  });
});
