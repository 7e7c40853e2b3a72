import { describe, expect, it } from "vitest";
import { problemsOf } from "../analysis/problems";
import { codeActionsAt } from "./codeActions";
import { actionsAt, textReader, ALL_OPTIONS } from "../testing/actions";
import { codesOf, workspaceOf } from "../testing/fixture";
import { MemoryFileSystem } from "../workspace/fileSystem";

const article = `أعلن المكتب تفكيك خلية، وتوقيف أربعة أشخاص تتراوح أعمارهم بين 21 و41 سنة.

وقال محلل إن «الديستي» فككت 13 خلية إرهابية سنة 2017 وحدها، وإن الوتيرة تراجعت. وفي 2018 فككت 13 خلية أخرى.
وتتراوح أعمار الموقوفين بين 21 و39 سنة.
`;

/** A claims file beside `waha.txt` (the article above), its claims given after the source. */
function waha(claims: string, text = article): string {
  return `//- /waha.claims\nsource waha\n  published: 2024-06-08\n  text: waha.txt\n${claims}//- /waha.txt\n${text}`;
}

const titles = (actions: readonly { title: string }[]) => actions.map((a) => a.title.replace(/[\u2068\u2069]/g, ""));

describe("unsourced-claim", () => {
  it("is information on a claim that quotes nothing of its article, and on no other claim", async () => {
    const { workspace } = await workspaceOf(`
//- /a.claims
source a
  text: a.txt
claim arrested {op: x} = 4
claim arrested {op: y} = 4
  quote: «أربعة أشخاص»
claim arrested {op: z} = 4
  quote:
source statement
claim arrested {op: w} = 4
//- /a.txt
أوقفت المصالح أربعة أشخاص.
`);
    expect(codesOf(workspace)).toEqual(["/a.claims:3:7 unsourced-claim", "/a.claims:7:3 invalid-field"]);
  });

  it("quotes the passages that state the value, best first, with the figure's words in the title", async () => {
    const f = await actionsAt(waha("claim cells_dismantled {year: 2017} = 13$0\n  via: expert\n"));
    expect(titles(f.actions)).toEqual([
      "Quote «13 خلية»: وقال محلل إن «الديستي» فككت 13 خلية إرهابية سنة 2017 وحدها",
      "Quote «13 خلية»: وفي 2018 فككت 13 خلية أخرى",
    ]);
    expect(f.apply(f.actions[0]!.title)).toEqual({
      "file:///ws/waha.claims": "source waha\n  published: 2024-06-08\n  text: waha.txt\nclaim cells_dismantled {year: 2017} = 13\n  quote: «وقال محلل إن «الديستي» فككت 13 خلية إرهابية سنة 2017 وحدها»\n  via: expert\n",
    });
  });

  it("keeps the file's line endings and the claim's indentation, and takes the sentence when the clause is too short", async () => {
    const f = await actionsAt(`//- /a.claims\r\nsource a\r\n    text: a.txt\r\nclaim arrested {op: x} = 4$0  # the count\r\n    via: police\r\n//- /a.txt\nأوقفت أربعة، ثم أطلقت سراحهم.\n`);
    expect(titles(f.actions)).toEqual(["Quote «أربعة»: أوقفت أربعة، ثم أطلقت سراحهم"]);
    expect(f.apply(f.actions[0]!.title)).toEqual({
      "file:///ws/a.claims": "source a\r\n    text: a.txt\r\nclaim arrested {op: x} = 4  # the count\r\n    quote: «أوقفت أربعة، ثم أطلقت سراحهم»\r\n    via: police\r\n",
    });
  });
});

describe("figure-not-in-quote", () => {
  const claims = "claim age_max {op: x} = 41\n  quote: «$0وتتراوح أعمار الموقوفين بين 21 و39 سنة»\n";

  it("offers a passage that states the value, or the values the quote states", async () => {
    const f = await actionsAt(waha(claims));
    expect(titles(f.actions)).toEqual([
      "Quote «بين 21 و41 سنة» instead: وتوقيف أربعة أشخاص تتراوح أعمارهم بين 21 و41 سنة",
      "Change the value to 21..39, as the quote reads «بين 21 و39»",
      "Change the value to 21, as the quote reads «بين 21 و39»",
      "Change the value to 39, as the quote reads «بين 21 و39»",
    ]);
    expect(f.apply(f.actions[0]!.title)).toEqual({
      "file:///ws/waha.claims": "source waha\n  published: 2024-06-08\n  text: waha.txt\nclaim age_max {op: x} = 41\n  quote: «وتوقيف أربعة أشخاص تتراوح أعمارهم بين 21 و41 سنة»\n",
    });
    expect(f.apply(f.actions[3]!.title)).toEqual({
      "file:///ws/waha.claims": "source waha\n  published: 2024-06-08\n  text: waha.txt\nclaim age_max {op: x} = 39\n  quote: «وتتراوح أعمار الموقوفين بين 21 و39 سنة»\n",
    });
  });

  it("writes the new value with the claim's own scale word", async () => {
    const text = "//- /a.txt\nقال البلاغ إن الغلاف يبلغ 2.5 مليار درهم هذا العام.\n//- /a.claims\nsource a\n  text: a.txt\nclaim budget = ٢٫٧ مليار\n  quote: «يبلغ 2.5 مل$0يار درهم»\n";
    const f = await actionsAt(text);
    expect(titles(f.actions).filter((t) => t.startsWith("Change"))).toEqual(["Change the value to ٢٫٥ مليار, as the quote reads «2.5 مليار»"]);
    const english = await actionsAt(text.replace("٢٫٧ مليار", "2.7 billion"));
    expect(titles(english.actions).filter((t) => t.startsWith("Change"))).toEqual(["Change the value to 2.5 billion, as the quote reads «2.5 مليار»"]);
  });

  it("writes the new value in the claim's own digits", async () => {
    const f = await actionsAt(waha(claims.replace("= 41", "= ٤١")));
    expect(f.apply(f.actions[3]!.title)["file:///ws/waha.claims"]).toContain("claim age_max {op: x} = ٣٩\n");
  });
});

describe("quote-not-found", () => {
  it("re-anchors the quote to the closest passage, or removes it", async () => {
    const f = await actionsAt(waha("claim cells {year: 2017} = 13\n  quote: «$0فككت 13 خلية إرهابية سنة 2017 بمفردها»\n  via: expert\n"));
    expect(titles(f.actions)).toEqual(["Re-anchor the quote to «فككت 13 خلية إرهابية سنة 2017 وحدها» (4 characters differ)", "Remove the quote"]);
    const head = "source waha\n  published: 2024-06-08\n  text: waha.txt\nclaim cells {year: 2017} = 13\n";
    expect(f.apply(f.actions[0]!.title)).toEqual({ "file:///ws/waha.claims": `${head}  quote: «فككت 13 خلية إرهابية سنة 2017 وحدها»\n  via: expert\n` });
    expect(f.apply(f.actions[1]!.title)).toEqual({ "file:///ws/waha.claims": `${head}  via: expert\n` });
  });

  it("removes a quote continued over lines, at the end of a file with no final line break", async () => {
    const f = await actionsAt(`//- /waha.txt\n${article}//- /waha.claims\nsource waha\n  published: 2024-06-08\n  text: waha.txt\nclaim cells {year: 2017} = 13\n  via: expert\n  quote: «$0فككت 13 خلية\n      في السنة نفسها»`);
    expect(f.apply("Remove the quote")).toEqual({ "file:///ws/waha.claims": "source waha\n  published: 2024-06-08\n  text: waha.txt\nclaim cells {year: 2017} = 13\n  via: expert" });
  });

  it("after the article changed, prefers the place the quote stood, by the text that stood around it", async () => {
    // The quote stood in the second sentence; then both were reworded, the second a little more.
    const before = "أفادت مصادر أمنية بطنجة أن الأمن أوقف خمسة أشخاص يوم الثلاثاء.\nوقالت مصادر في فاس إن الشرطة أوقفت خمسة أشخاص يوم الثلاثاء.\n";
    const after = "أفادت مصادر أمنية بطنجة أن الشرطة اعتقلت خمسة أشخاص يوم الثلاثاء.\nوقالت مصادر في فاس إن الشرطة اعتقلت خمسة أشخاص صباح الثلاثاء.\n";
    const { workspace, fixture } = await workspaceOf(waha("claim arrested {op: x} = 5\n  quote: «الشرطة أوقفت خمسة أشخاص يوم الثلاثاء»\n", before));
    const uri = "file:///ws/waha.claims";
    expect(codesOf(workspace)).toEqual([]);
    workspace.setArticle("file:///ws/waha.txt", { kind: "text", text: after });
    expect(codesOf(workspace)).toEqual(["/waha.claims:5:10 quote-not-found"]);
    const at = fixture.files[uri]!.indexOf("quote:");
    const actions = await codeActionsAt(workspace, { uri, start: at, end: at }, ALL_OPTIONS, textReader(new MemoryFileSystem(fixture.files)));
    expect(titles(actions)).toEqual(["Re-anchor the quote to «الشرطة اعتقلت خمسة أشخاص صباح الثلاثاء» (7 characters differ)", "Remove the quote"]);
    // Without that memory (a fresh start), the closest wording wins.
    const fresh = (await workspaceOf(waha("claim arrested {op: x} = 5\n  quote: «$0الشرطة أوقفت خمسة أشخاص يوم الثلاثاء»\n", after))).workspace;
    const plain = await codeActionsAt(fresh, { uri, start: at, end: at }, ALL_OPTIONS, textReader(new MemoryFileSystem(fixture.files)));
    expect(titles(plain)[0]).toBe("Re-anchor the quote to «الشرطة اعتقلت خمسة أشخاص يوم الثلاثاء» (3 characters differ)");
  });
});

describe("contradiction", () => {
  const fixture = `
//- /waha.claims
source waha
  outlet: الواحة
claim cells {year: 2017} = 13$0
  via: expert
claim killed {event: argana} = 17
//- /sada.claims
source sada
claim cells {year: 2017} = ٩   # the BCIJ's figure
claim cells {year: 2017} = 9
  rank: normal
//- /atlas.claims
source atlas
claim cells {year: 2017} = 9
  rank: deprecated
claim cells {year: 2017} = 13
`;

  it("prefers this value: ranks it preferred, deprecates every conflicting claim in every file, and leaves the cursor on `reason:`", async () => {
    const f = await actionsAt(fixture);
    expect(titles(f.actions)).toEqual(["Prefer 13 and deprecate ٩, 9", "Deprecate this claim (13)", "Open the conflicting claim: ٩ (sada)", "Open the conflicting claim: 9 (sada)"]);
    const prefer = f.actions[0]!;
    expect(f.apply(prefer.title)).toEqual({
      "file:///ws/waha.claims": "source waha\n  outlet: الواحة\nclaim cells {year: 2017} = 13\n  via: expert\n  rank: preferred\n  reason: \nclaim killed {event: argana} = 17\n",
      "file:///ws/sada.claims": "source sada\nclaim cells {year: 2017} = ٩   # the BCIJ's figure\n  rank: deprecated\nclaim cells {year: 2017} = 9\n  rank: deprecated\n",
    });
    const own = prefer.edit!.edits.find((e) => e.uri === "file:///ws/waha.claims")!;
    expect([own.newText.slice(0, own.cursor), own.newText.slice(own.cursor)]).toEqual(["  rank: preferred\n  reason: ", "\n"]);
  });

  it("adds the fields after a line break at the end of a file that has none, with no cursor to place", async () => {
    const f = await actionsAt("//- /sada.claims\nsource sada\nclaim cells {year: 2017} = 9\n//- /waha.claims\nsource waha\nclaim cells {year: 2017} = 13$0  # the analyst");
    const prefer = f.actions.find((a) => a.title.startsWith("Prefer"))!;
    expect(f.apply(prefer.title)).toEqual({
      "file:///ws/waha.claims": "source waha\nclaim cells {year: 2017} = 13  # the analyst\n  rank: preferred\n  reason: ",
      "file:///ws/sada.claims": "source sada\nclaim cells {year: 2017} = 9\n  rank: deprecated\n",
    });
    expect(prefer.edit!.edits.every((e) => e.cursor === undefined)).toBe(true);
  });

  it("deprecates this claim, or opens a conflicting one", async () => {
    const f = await actionsAt(fixture);
    expect(f.apply("Deprecate this claim (13)")).toEqual({
      "file:///ws/waha.claims": "source waha\n  outlet: الواحة\nclaim cells {year: 2017} = 13\n  via: expert\n  rank: deprecated\nclaim killed {event: argana} = 17\n",
    });
    const open = f.actions.find((a) => a.title === "Open the conflicting claim: 9 (sada)");
    expect(open?.command).toEqual({ title: open?.title, command: "isnad.openLocation", arguments: ["file:///ws/sada.claims", { start: { line: 2, character: 27 }, end: { line: 2, character: 28 } }] });
  });

  it("settles a same-origin contradiction and a minor difference the same way", async () => {
    const same = await actionsAt("//- /stmt.claims\nsource stmt\nclaim arrested {operation: x} = 4\n  id: arrested\n//- /a.claims\nsource a\nclaim arrested {operation: x} = 5$0\n  via: @stmt/arrested\n");
    expect(titles(same.actions)).toEqual(["Prefer 5 and deprecate 4", "Deprecate this claim (5)", "Open the conflicting claim: 4 (stmt)"]);
    const minor = await actionsAt('//- /isnad.json\n{ "minorDifference": 0.05 }\n//- /b.claims\nsource b\nclaim visitors = 1240\n//- /a.claims\nsource a\nclaim visitors = 1250$0\n');
    expect(titles(minor.actions)).toEqual(["Prefer 1250 and deprecate 1240", "Deprecate this claim (1250)", "Open the conflicting claim: 1240 (b)"]);
    expect([same.workspace, minor.workspace].map((w) => problemsOf(w, "file:///ws/a.claims").map((p) => p.code))).toEqual([["same-origin-contradiction"], ["minor-difference"]]);
  });

  it("replaces a rank in place and keeps a reason already given; opens nothing when the editor cannot", async () => {
    const f = await actionsAt(fixture.replace("= 13$0\n  via: expert", "= 13$0\n  rank: normal  # under review\n  reason: the analyst's count"), { canCreateFiles: true, canShowDocument: false });
    expect(titles(f.actions)).toEqual(["Prefer 13 and deprecate ٩, 9", "Deprecate this claim (13)"]);
    expect(f.apply("Prefer 13 and deprecate ٩, 9")["file:///ws/waha.claims"]).toBe(
      "source waha\n  outlet: الواحة\nclaim cells {year: 2017} = 13\n  rank: preferred  # under review\n  reason: the analyst's count\nclaim killed {event: argana} = 17\n",
    );
  });
});

describe("unknown-source", () => {
  const statement = "//- /bcij-statement-2024-06-06.claims\nsource bcij-statement-2024-06-06\nclaim arrested {op: x} = 4\n  id: arrested\n";

  it("replaces the id with the one nearest to it, and only that part of the line", async () => {
    const f = await actionsAt(`${statement}//- /waha.claims\nsource waha\nclaim arrested {op: x} = 4\n  via: @bcij-statment-2024-06-06$0/arrested   # the statement\n`);
    expect(titles(f.actions)).toEqual(["Replace with `@bcij-statement-2024-06-06`", "Create source `bcij-statment-2024-06-06` in bcij-statment-2024-06-06.claims"]);
    expect(f.actions[0]!.isPreferred).toBe(true);
    expect(f.apply(f.actions[0]!.title)).toEqual({
      "file:///ws/waha.claims": "source waha\nclaim arrested {op: x} = 4\n  via: @bcij-statement-2024-06-06/arrested   # the statement\n",
    });
  });

  it("replaces a claim id the source lacks with the nearest one it has", async () => {
    const f = await actionsAt(`${statement}//- /waha.claims\nsource waha\nclaim arrested {op: x} = 4\n  via: @bcij-statement-2024-06-06/arested$0\n`);
    expect(titles(f.actions)).toEqual(["Replace with `@bcij-statement-2024-06-06/arrested`"]);
    expect(f.apply(f.actions[0]!.title)["file:///ws/waha.claims"]).toBe("source waha\nclaim arrested {op: x} = 4\n  via: @bcij-statement-2024-06-06/arrested\n");
  });

  it("creates the source in a new file beside this one, prefilled from the article of that name", async () => {
    const f = await actionsAt(`
//- /news/waha.claims
source waha
    text: waha.txt
claim arrested {op: x} = 4
    via: @marsad-2024-06-09$0
//- /news/marsad-2024-06-09.txt
من أركانة إلى خلايا «داعش»

نص المقال.
`);
    expect(titles(f.actions)).toEqual(["Create source `marsad-2024-06-09` in news/marsad-2024-06-09.claims"]);
    expect(f.actions[0]!.edit?.creates).toEqual(["file:///ws/news/marsad-2024-06-09.claims"]);
    expect(f.apply(f.actions[0]!.title)).toEqual({
      "file:///ws/news/marsad-2024-06-09.claims": "source marsad-2024-06-09\n    title: من أركانة إلى خلايا «داعش»\n    published: 2024-06-09\n    text: marsad-2024-06-09.txt\n    language: ar\n",
    });
  });

  it("adds the block to `<id>.claims` when it exists, or to this file when the editor cannot create files", async () => {
    const existing = await actionsAt(`//- /marsad.claims\n# notes on marsad, no source yet\n//- /waha.claims\nsource waha\nclaim arrested {op: x} = 4\n  via: @marsad$0\n`);
    expect(existing.apply("Add source `marsad` to marsad.claims")).toEqual({ "file:///ws/marsad.claims": "# notes on marsad, no source yet\n\nsource marsad\n" });
    const here = await actionsAt(`//- /waha.claims\nsource waha\nclaim arrested {op: x} = 4\n  via: @marsad$0`, { canCreateFiles: false, canShowDocument: true });
    expect(here.apply("Add source `marsad` at the end of this file")).toEqual({ "file:///ws/waha.claims": "source waha\nclaim arrested {op: x} = 4\n  via: @marsad\n\nsource marsad\n" });
  });
});

describe("unknown-field", () => {
  it("renames the field to the known name nearest to it", async () => {
    const f = await actionsAt("//- /a.claims\nsource a\nclaim arrested {op: x} = 4\n  qoute$0: «أربعة أشخاص»\n");
    expect(titles(f.actions)).toEqual(["Rename `qoute` to `quote`"]);
    expect(f.apply(f.actions[0]!.title)).toEqual({ "file:///ws/a.claims": "source a\nclaim arrested {op: x} = 4\n  quote: «أربعة أشخاص»\n" });
  });

  it("in a declaration too, and Fix all renames there what is close and belongs to no other block", async () => {
    const f = await actionsAt("//- /metrics.claims\nmetric cells\n  knid$0: flow\n  aliass: cellules\nqualifier event: argana\n  alais: أركانة\n");
    expect(titles(f.actions)).toEqual(["Rename `knid` to `kind`"]);
    const all = await actionsAt("//- /metrics.claims\nmetric cells$0\n  knid: flow\n  aliass: cellules\n  quote: x\nqualifier event: argana\n  alais: أركانة\n", ALL_OPTIONS, ["source.fixAll"]);
    expect(all.apply(all.actions[0]!.title)["file:///ws/metrics.claims"]).toBe("metric cells\n  kind: flow\n  alias: cellules\n  quote: x\nqualifier event: argana\n  alias: أركانة\n");
  });
});

describe("fix all", () => {
  it("makes every fix that needs no choice, and only those", async () => {
    const text = `
//- /bcij.claims
source bcij-statement
source bcij-statement-2
source sada-al-atlas
//- /a.claims
source a$0
  publshed: 2024-06-08
claim arrested {op: x} = 4
  qoute: «أربعة أشخاص»
  via: @sada-al-atlsa
  via: @bcij-statement-3
  rnak: preferred
  rank: normal
claim arrested {op: y} = 4
  txt: a.txt
  colour: red
`;
    const f = await actionsAt(text, ALL_OPTIONS, ["source.fixAll"]);
    expect(titles(f.actions)).toEqual(["Fix all that needs no choice (Isnad)"]);
    expect(f.actions[0]!.kind).toBe("source.fixAll.isnad");
    // Renamed: `publshed`, `qoute`, the one near id. Left: two near ids, a rank that
    // would be given twice, `txt` (a source's field under a claim) and `colour` (no near name).
    expect(f.apply(f.actions[0]!.title)["file:///ws/a.claims"]).toBe(`source a
  published: 2024-06-08
claim arrested {op: x} = 4
  quote: «أربعة أشخاص»
  via: @sada-al-atlas
  via: @bcij-statement-3
  rnak: preferred
  rank: normal
claim arrested {op: y} = 4
  txt: a.txt
  colour: red
`);
    expect(Object.keys(f.apply(f.actions[0]!.title))).toEqual(["file:///ws/a.claims"]);
  });

  it("is not offered unless asked for, nor when nothing is safe", async () => {
    const f = await actionsAt("//- /a.claims\nsource a\nclaim arrested {op: x} = 4\n  qoute$0: «أربعة أشخاص»\n");
    expect(f.actions.map((a) => a.kind)).toEqual(["quickfix"]);
    const none = await actionsAt("//- /a.claims\nsource a$0\nclaim arrested {op: x} = 4\n", ALL_OPTIONS, ["source.fixAll.isnad"]);
    expect(none.actions).toEqual([]);
  });
});
