import { describe, expect, it } from "vitest";
import { ROOT } from "../testing/fixture";
import { markedWorkspaceOf, type MarkedSpan } from "../testing/markup";
import type { WorkspaceIndex } from "../workspace/workspaceIndex";
import { articleDiagnosticsOf } from "./articleDiagnostics";
import { articleHoverAt } from "./articleHover";

// The article marks, with [|…|], where each diagnostic must stand: on the figure, not on the
// whole quoted passage.
const fixture = `
//- /waha.txt
أعلن المكتب المركزي للأبحاث القضائية تفكيك [|13|] خلية إرهابية خلال سنة 2017.

وأوقفت المصالح الأمنية أربعة أشخاص تتراوح أعمارهم [|بين 21 و39|] سنة.
//- /waha.claims
source waha
  text: waha.txt
claim cells_dismantled {year: 2017} = 13
  quote: «تفكيك 13 خلية إرهابية»
claim arrested {operation: x} = 4
  quote: «أربعة أشخاص»
claim arrested_age_max {operation: x} = 41
  quote: «تتراوح أعمارهم بين 21 و39 سنة»
//- /sada.claims
source sada
claim cells_dismantled {year: 2017} = 9
claim arrested {operation: x} = ٤
`;

/** Diagnostics as `code severity «text at the range»: message`, with the range's text read from the article. */
function compact(workspace: WorkspaceIndex, uri: string): string[] {
  const text = workspace.article(uri)!.text;
  const lines = workspace.article(uri)!.lines;
  return articleDiagnosticsOf(workspace, uri).map((d) => `${d.code} ${d.severity} «${text.slice(lines.offset(d.range.start), lines.offset(d.range.end))}»: ${d.message}`);
}

function rangeOf(workspace: WorkspaceIndex, span: MarkedSpan) {
  return workspace.article(span.uri)!.lines.range(span.start, span.end);
}

describe("diagnostics in the article text", () => {
  it("put a contradiction on the quoted figure and a figure missing from the quote on the figures it states", async () => {
    const { workspace, spans } = await markedWorkspaceOf(fixture);
    const article = `${ROOT}/waha.txt`;
    expect(compact(workspace, article)).toEqual([
      "contradiction warning «13»: 13 (waha) contradicts 9 (sada), off by 4 (31%); origins: @waha against @sada",
      "figure-not-in-quote warning «بين 21 و39»: the quote does not state 41: it reads \u2068بين 21 و39\u2069",
    ]);
    const diagnostics = articleDiagnosticsOf(workspace, article);
    expect(diagnostics.map((d) => d.range)).toEqual(spans.map((s) => rangeOf(workspace, s)));
  });

  it("carry the claim that quotes the passage, then the conflicting claims, as related information", async () => {
    const { workspace } = await markedWorkspaceOf(fixture);
    const [contradiction] = articleDiagnosticsOf(workspace, `${ROOT}/waha.txt`);
    expect(contradiction?.related.map((r) => `${r.uri.slice(ROOT.length)}:${r.range.start.line + 1}:${r.range.start.character + 1} ${r.message}`)).toEqual([
      "/waha.claims:3:1 quoted by claim cells_dismantled {year: 2017} = 13 (waha)",
      "/sada.claims:2:39 conflicting claim: 9 (sada)",
    ]);
  });

  it("are cleared when the dispute is settled, and follow the configured severities", async () => {
    const { workspace } = await markedWorkspaceOf(fixture);
    const article = `${ROOT}/waha.txt`;
    workspace.setClaimsText(`${ROOT}/sada.claims`, "source sada\nclaim cells_dismantled {year: 2017} = 13\n");
    expect(compact(workspace, article)).toEqual(["figure-not-in-quote warning «بين 21 و39»: the quote does not state 41: it reads \u2068بين 21 و39\u2069"]);
    workspace.setConfig({ ...workspace.configuration, severity: { "figure-not-in-quote": "off" } });
    expect(compact(workspace, article)).toEqual([]);
  });

  it("follow the article as it is edited, and say nothing about a file no claim quotes", async () => {
    const { workspace } = await markedWorkspaceOf(fixture);
    const article = `${ROOT}/waha.txt`;
    const edited = `سطر جديد.\n${workspace.article(article)!.text}`;
    workspace.setArticle(article, { kind: "text", text: edited });
    const [contradiction] = articleDiagnosticsOf(workspace, article);
    expect(contradiction?.range).toEqual({ start: { line: 1, character: edited.split("\n")[1]!.indexOf("13") }, end: { line: 1, character: edited.split("\n")[1]!.indexOf("13") + 2 } });
    expect(articleDiagnosticsOf(workspace, `${ROOT}/waha.claims`)).toEqual([]);
    expect(articleDiagnosticsOf(workspace, `${ROOT}/other.txt`)).toEqual([]);
  });

  it("stand on every place an ambiguous quote stands", async () => {
    const { workspace, spans } = await markedWorkspaceOf(`
//- /a.txt
فككت [|13|] خلية. ثم قيل: فككت [|13|] خلية.
//- /a.claims
source a
  text: a.txt
claim cells = 13
  quote: فككت 13 خلية
//- /b.claims
source b
claim cells = 9
`);
    const diagnostics = articleDiagnosticsOf(workspace, `${ROOT}/a.txt`);
    expect(diagnostics.map((d) => d.code)).toEqual(["contradiction", "contradiction"]);
    expect(diagnostics.map((d) => d.range)).toEqual(spans.map((s) => rangeOf(workspace, s)));
  });
});

describe("hover on a quoted figure in the article", () => {
  it("shows the provenance and comparison of the claim that quotes it", async () => {
    const { workspace, fixture: f } = await markedWorkspaceOf(fixture.replace("تفكيك [|13|]", "تفكيك 1$03"));
    const hover = articleHoverAt(workspace, f.cursor!.uri, f.cursor!.offset);
    expect(hover?.markdown.split("\n\n")[0]).toBe("**cells\\_dismantled** {year: 2017} = **13**");
    expect(hover?.markdown).toContain("| sada |  |  | 9 | contradicts |");
    expect(hover?.markdown).toContain("Claimed in `waha.claims`, line 3");
    const at = f.files[f.cursor!.uri]!.indexOf("13");
    expect(hover?.range).toEqual(workspace.article(f.cursor!.uri)!.lines.range(at, at + 2));
  });

  it("on the word of a figure shows the claims that agree, and nothing away from a quoted figure", async () => {
    const { workspace, fixture: f } = await markedWorkspaceOf(fixture);
    const text = f.files[`${ROOT}/waha.txt`]!;
    const hover = articleHoverAt(workspace, `${ROOT}/waha.txt`, text.indexOf("أربعة") + 2);
    expect(hover?.markdown).toContain("| sada |  |  | \u2068٤\u2069 | agrees |");
    expect(articleHoverAt(workspace, `${ROOT}/waha.txt`, text.indexOf("2017"))).toBeUndefined();
    expect(articleHoverAt(workspace, `${ROOT}/waha.txt`, text.indexOf("المكتب"))).toBeUndefined();
  });
});
