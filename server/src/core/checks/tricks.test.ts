import { describe, expect, it } from "vitest";
import { articleDiagnosticsOf } from "../analysis/articleDiagnostics";
import { articleHoverAt } from "../analysis/articleHover";
import { hoverAt } from "../analysis/hover";
import { compactDiagnostics, workspaceOf } from "../testing/fixture";

const RLO = "\u202e";
const PDF = "\u202c";
const RLM = "\u200f";
const LRI = "\u2066";
const PDI = "\u2069";

/** The diagnostics of the two look-alike checks only. */
async function tricks(text: string): Promise<string[]> {
  const { workspace } = await workspaceOf(text);
  return compactDiagnostics(workspace).filter((d) => / (hidden-bidi-control|mixed-script): /.test(d));
}

describe("hidden-bidi-control", () => {
  it("flags an override in a value, a qualifier and an id", async () => {
    const found = await tricks(`
//- /a.claims
source a${LRI}b${PDI}
claim cells {year: 20${RLO}17} = 13
claim killed = ${RLO}31${PDF}
`);
    expect(found).toEqual([
      "/a.claims:1:9 warning hidden-bidi-control: hidden bidi control U+2066: the text shows otherwise than it reads, source a⟨U+2066⟩b⟨U+2069⟩",
      "/a.claims:1:11 warning hidden-bidi-control: hidden bidi control U+2069: the text shows otherwise than it reads, source a⟨U+2066⟩b⟨U+2069⟩",
      "/a.claims:2:22 warning hidden-bidi-control: hidden bidi control U+202E: the text shows otherwise than it reads, claim cells {year: 20⟨U+202E⟩17} = 13",
      "/a.claims:3:16 warning hidden-bidi-control: hidden bidi control U+202E: the text shows otherwise than it reads, claim killed = ⟨U+202E⟩31⟨U+202C⟩",
      "/a.claims:3:19 warning hidden-bidi-control: hidden bidi control U+202C: the text shows otherwise than it reads, claim killed = ⟨U+202E⟩31⟨U+202C⟩",
    ]);
  });

  it("flags a mark only where it touches a digit, and never between words of a quote", async () => {
    const found = await tricks(`
//- /a.claims
source a
  note: قال${RLM} المصدر${RLM} إن
claim cells = 13
  quote: «فككت${RLM} الديستي ${RLM}13 خلية»
claim arrested {place: الدار${RLM}البيضاء} = 4
`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^\/a\.claims:4:25 warning hidden-bidi-control: hidden bidi control U\+200F/);
  });

  it("flags a control beside a figure of the article passage a claim quotes, and not marks between its words", async () => {
    const found = await tricks(`
//- /a.txt
قال${RLM} المصدر${RLM} إن الحصيلة بلغت ${RLO}31${PDF} قتيلا.
//- /a.claims
source a
  text: a.txt
claim killed = 31
  quote: «بلغت 31 قتيلا»
`);
    expect(found.map((d) => d.replace(/,.*$/, ""))).toEqual([
      "/a.claims:4:10 warning hidden-bidi-control: the article a.txt hides bidi control U+202E beside a figure this quote states",
      "/a.claims:4:10 warning hidden-bidi-control: the article a.txt hides bidi control U+202C beside a figure this quote states",
    ]);
  });

  it("says nothing about ordinary Arabic prose with right-to-left marks", async () => {
    const found = await tricks(`
//- /a.txt
قال${RLM} المصدر${RLM} إن الأمن فكك 13 خلية${RLM} في المدينة.
//- /a.claims
source a
  text: a.txt
  outlet: الواحة${RLM} اليومية
claim cells = 13
  quote: «قال${RLM} المصدر${RLM} إن الأمن فكك 13 خلية»
`);
    expect(found).toEqual([]);
  });
});

describe("mixed-script", () => {
  it("flags a number in digits of several scripts, in a value, a qualifier and a quoted passage", async () => {
    const found = await tricks(`
//- /a.txt
فككت الأجهزة ۴٤4 خلية.
//- /a.claims
source a
  text: a.txt
claim cells {year: ٢٠17} = ۴٤4
  quote: «فككت الأجهزة ۴٤4 خلية»
`);
    expect(found).toEqual([
      "/a.claims:3:20 warning mixed-script: the number \u2068٢٠17\u2069 mixes Arabic-Indic, Western digits: write it in one script",
      "/a.claims:3:28 warning mixed-script: the number \u2068۴٤4\u2069 mixes Persian, Arabic-Indic, Western digits: write it in one script",
      "/a.claims:4:10 warning mixed-script: the article a.txt writes the number \u2068۴٤4\u2069 this quote stands on in Persian, Arabic-Indic, Western digits",
      "/a.claims:4:24 warning mixed-script: the number \u2068۴٤4\u2069 mixes Persian, Arabic-Indic, Western digits: write it in one script",
    ]);
  });

  it("flags Cyrillic look-alikes in a Latin id, so that via does not resolve silently", async () => {
    const found = await tricks(`
//- /a.claims
source al-waha
claim cells = 13
source b
claim cells = 13
  via: @\u0430l-waha
`);
    expect(found).toEqual(["/a.claims:5:8 warning mixed-script: `@аl-waha` mixes Cyrillic, Latin letters: а only look like the others"]);
  });

  it("leaves alone numbers of one script, ids of one script, and Arabic beside Latin", async () => {
    const found = await tricks(`
//- /a.claims
source al-waha-الواحة
claim cells {year: ٢٠١٧} = 13
claim arrested {year: 2017} = ۴۴
claim ранен {город: Москва} = 2017 ٢٠١٧
  note: 2017، ٢٠١٨ و 13 ١٣
`);
    expect(found).toEqual([]);
  });
});

describe("in the article", () => {
  it("shows a hidden control beside a quoted figure where it stands", async () => {
    const { workspace } = await workspaceOf(`
//- /a.txt
بلغت الحصيلة ${RLO}31${PDF} قتيلا.
//- /a.claims
source a
  text: a.txt
claim killed = 31
  quote: «بلغت الحصيلة 31 قتيلا»
`);
    const found = articleDiagnosticsOf(workspace, "file:///ws/a.txt").map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`);
    expect(found).toEqual(["0:13 hidden-bidi-control", "0:16 hidden-bidi-control"]);
  });
});

describe("hovers", () => {
  it("spell out hidden controls in the claim and beside the article's figure", async () => {
    const { workspace } = await workspaceOf(`
//- /a.txt
بلغت الحصيلة ${RLO}31${PDF} قتيلا.
//- /a.claims
source a
  text: a.txt
claim killed {year: 20${RLO}17} = 31
  quote: «بلغت الحصيلة 31 قتيلا»
`);
    const claimHover = hoverAt(workspace, "file:///ws/a.claims", workspace.entry("file:///ws/a.claims")!.text.indexOf("killed"));
    expect(claimHover?.markdown).toContain("20⟨U+202E⟩17");
    const article = workspace.article("file:///ws/a.txt")!.text;
    const hover = articleHoverAt(workspace, "file:///ws/a.txt", article.indexOf("31"));
    expect(hover?.markdown).toContain("`⟨U+202E⟩31⟨U+202C⟩`");
  });
});
