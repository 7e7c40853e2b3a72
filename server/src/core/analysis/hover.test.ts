import { describe, expect, it } from "vitest";
import { workspaceOf } from "../testing/fixture";
import { definitionAt } from "./definition";
import { hoverAt } from "./hover";

const fixture = `
//- /statement.claims
source bcij-statement
  outlet: BCIJ
  published: 2024-06-06
claim arrested {operation: x} = 4
  id: arrested
  via: the bureau's spokesman
//- /waha.txt
أعلن المكتب أن المصالح الأمنية أوقفت أربعة أشخاص.
//- /waha.claims
source waha
  outlet: الواحة
  title: الخلايا
  published: 2024-06-08
  text: waha.txt
claim arr$0ested {operation: x} = 4
  quote: «أوقفت أربعة أشخاص»
  via: @bcij-statement/arrested
//- /sada.claims
source sada
  outlet: صدى
claim arrested {operation: x} = 5
`;

describe("hover on a claim", () => {
  it("shows outlet, date, title, the attribution chain, the passage with its figure, and every source's value", async () => {
    const { workspace, fixture: f } = await workspaceOf(fixture);
    const hover = hoverAt(workspace, f.cursor!.uri, f.cursor!.offset);
    expect(hover?.markdown.split("\n\n")).toEqual([
      "**arrested** {operation: x} = **4**",
      "**\u2068الواحة\u2069** · 2024\\-06\\-08 · *\u2068الخلايا\u2069* · source `waha`",
      "Attribution: \u2068الواحة\u2069 ← BCIJ ← the bureau's spokesman",
      "Origin: @bcij\\-statement ← the bureau's spokesman",
      "> أوقفت **أربعة** أشخاص\n>\n> — waha.txt, line 1",
      "**3 claims about this quantity**: 1 agree, 1 contradict",
      "3 sources, 2 independent origins: @bcij\\-statement ← the bureau's spokesman (2 sources), @sada",
      [
        "| source | outlet | published | value |  | difference | origin |",
        "|---|---|---|---|---|---|---|",
        "| waha | \u2068الواحة\u2069 | 2024\\-06\\-08 | 4 | this claim |  | @bcij\\-statement ← the bureau's spokesman |",
        "| bcij\\-statement | BCIJ | 2024\\-06\\-06 | 4 | agrees |  | @bcij\\-statement ← the bureau's spokesman |",
        "| sada | \u2068صدى\u2069 |  | 5 | contradicts | off by 1 \\(20%\\) | @sada |",
      ].join("\n"),
    ]);
  });

  it("on `@id` shows the source, and definition jumps to it; on the claim it jumps to the quote", async () => {
    const { workspace, fixture: f } = await workspaceOf(fixture);
    const text = f.files[f.cursor!.uri]!;
    const via = text.indexOf("@bcij") + 2;
    expect(hoverAt(workspace, f.cursor!.uri, via)?.markdown).toContain("**BCIJ** · 2024\\-06\\-06 · source `bcij-statement`");
    // `@bcij-statement/arrested` names a claim of that source: definition lands on the claim.
    expect(definitionAt(workspace, f.cursor!.uri, via)).toEqual([{ uri: "file:///ws/statement.claims", range: { start: { line: 3, character: 0 }, end: { line: 3, character: 33 } } }]);
    const [quote] = definitionAt(workspace, f.cursor!.uri, f.cursor!.offset);
    const article = f.files["file:///ws/waha.txt"]!;
    expect(quote?.range.start.character).toBe(article.indexOf("أوقفت"));
  });
});

describe("hover in Arabic", () => {
  it("speaks the editor's language when the host gives a translator", async () => {
    const { translatorFor } = await import("../../lsp/l10n");
    const { workspace, fixture: f } = await workspaceOf(fixture);
    const hover = hoverAt(workspace, f.cursor!.uri, f.cursor!.offset, translatorFor("ar"));
    expect(hover?.markdown).toContain("الإسناد: \u2068الواحة\u2069 ← BCIJ ← the bureau's spokesman");
    expect(hover?.markdown).toContain("**3 ادعاءات عن هذه الكمية**: 1 توافق، 1 تناقض");
    expect(hover?.markdown).toContain("مصادر: 3، أصول مستقلة: 2: @bcij\\-statement ← the bureau's spokesman (مصادر: 2), @sada");
    expect(hover?.markdown).toContain("| المصدر | المنبر | تاريخ النشر | القيمة |  | الفارق | الأصل |");
    expect(hover?.markdown).toContain("| sada | \u2068صدى\u2069 |  | 5 | يناقض | \u2068الفارق: 1 \\(20%\\)\u2069 | @sada |");
  });
});

describe("hover on a claim that outlets repeat", () => {
  it("counts independent origins, marks a figure of the same origin that disagrees, and says why", async () => {
    const { workspace, fixture: f } = await workspaceOf(`
//- /isnad.json
{ "minorDifference": 0.02 }
//- /statement.claims
source bcij
claim visitors {year: 2023} = 1250
  id: visitors
//- /a.claims
source a
claim visi$0tors {year: 2023} = 1250
  via: @bcij/visitors
//- /b.claims
source b
claim visitors {year: 2023} = 1350
  via: @bcij
//- /c.claims
source c
claim visitors {year: 2023} = 1240
//- /d.claims
source d
claim visitors {year: 2023} = 1500
  via: a ministry official
`);
    const parts = hoverAt(workspace, f.cursor!.uri, f.cursor!.offset)?.markdown.split("\n\n") ?? [];
    expect(parts.slice(2)).toEqual([
      "Attribution: a ← bcij",
      "Origin: @bcij",
      "**5 claims about this quantity**: 1 agree, 2 contradict",
      "5 sources, 3 independent origins: @bcij (3 sources), @c, @d ← a ministry official",
      "Claims that trace to one origin repeat one statement: when they disagree, as here with @bcij, one of them misquotes it.",
      "Differences under 2% (`minorDifference`) are counted as rounding, not as contradictions.",
      [
        "| source | outlet | published | value |  | difference | origin |",
        "|---|---|---|---|---|---|---|",
        "| a |  |  | 1250 | this claim |  | @bcij |",
        "| bcij |  |  | 1250 | agrees |  | @bcij |",
        "| b |  |  | 1350 | contradicts (same origin) | off by 100 \\(7%\\) | @bcij |",
        "| c |  |  | 1240 | minor difference | off by 10 \\(0.8%\\) | @c |",
        "| d |  |  | 1500 | contradicts | off by 250 \\(17%\\) | @d ← a ministry official |",
      ].join("\n"),
    ]);
  });
});
