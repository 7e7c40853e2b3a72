import { describe, expect, it } from "vitest";
import { articleActionsAt } from "./codeActions";
import { claimFigure } from "./claimFigure";
import { applyWorkspaceEdit } from "./edit";
import { markedWorkspaceOf } from "../testing/markup";

/** Claims the figure marked `[|…|]` (or at `$0`) in the fixture's article; returns the outcome and the files it changes or creates. */
async function claim(text: string, canCreateFiles = true) {
  const { workspace, fixture, spans } = await markedWorkspaceOf(text);
  const span = spans[0] ?? { uri: fixture.cursor!.uri, start: fixture.cursor!.offset, end: fixture.cursor!.offset };
  const outcome = claimFigure(workspace, span.uri, fixture.files[span.uri]!, span.start, span.end, { canCreateFiles });
  if (!outcome.ok) return { outcome, changed: {} };
  const after = applyWorkspaceEdit(fixture.files, outcome.edit);
  const changed = Object.fromEntries(Object.entries(after).filter(([uri, t]) => fixture.files[uri] !== t));
  return { outcome, changed };
}

const article = `المغرب يفكك خلية جديدة

أعلن المكتب تفكيك خلية، وتوقيف أربعة أشخاص تتراوح أعمارهم بين 21 و41 سنة.
وقال محلل إن «الديستي» فككت 13 خلية إرهابية سنة 2017 وحدها، وإن الوتيرة تراجعت.
`;

describe("claim this figure", () => {
  it("adds a claim with its quote after the last claim of the source that names the article", async () => {
    const { outcome, changed } = await claim(`
//- /news/waha.claims
source waha
  text: waha.txt
claim arrested {op: x} = 4
  quote: «وتوقيف أربعة أشخاص»
source other
claim arrested {op: x} = 4
//- /news/waha.txt
${article.replace("فككت 13 خلية", "فككت [|13|] خلية")}`);
    expect(changed).toEqual({
      "file:///ws/news/waha.claims": "source waha\n  text: waha.txt\nclaim arrested {op: x} = 4\n  quote: «وتوقيف أربعة أشخاص»\nclaim خلية = 13\n  quote: «وقال محلل إن «الديستي» فككت 13 خلية إرهابية سنة 2017 وحدها»\nsource other\nclaim arrested {op: x} = 4\n",
    });
    // The metric name is selected, to be typed over.
    expect(outcome.ok && outcome.reveal).toEqual({ uri: "file:///ws/news/waha.claims", range: { start: { line: 4, character: 6 }, end: { line: 4, character: 10 } } });
  });

  it("creates `<article>.claims` with a prefilled source when no claims file names the article; a selection of words is the quote", async () => {
    const { outcome, changed } = await claim(`
//- /news/marsad-2024-06-09.txt
${article.replace("وتوقيف أربعة أشخاص تتراوح", "[|وتوقيف أربعة أشخاص|] تتراوح")}`);
    expect(outcome.ok && outcome.edit.creates).toEqual(["file:///ws/news/marsad-2024-06-09.claims"]);
    expect(changed).toEqual({
      "file:///ws/news/marsad-2024-06-09.claims": "source marsad-2024-06-09\n  title: المغرب يفكك خلية جديدة\n  published: 2024-06-09\n  text: marsad-2024-06-09.txt\n  language: ar\n\nclaim أشخاص = 4\n  quote: «وتوقيف أربعة أشخاص»\n",
    });
    expect(outcome.ok && outcome.reveal.range).toEqual({ start: { line: 6, character: 6 }, end: { line: 6, character: 11 } });
  });

  it("reads a range at the cursor, and says so when there is no figure", async () => {
    const { changed } = await claim(`//- /a.claims\nsource a\n  text: a.txt\n//- /a.txt\nتتراوح أعمارهم بين 2$01 و41 سنة.\n`);
    expect(changed).toEqual({ "file:///ws/a.claims": "source a\n  text: a.txt\nclaim سنة = 21..41\n  quote: «تتراوح أعمارهم بين 21 و41 سنة»\n" });
    const none = await claim(`//- /a.txt\nأعلن [|المكتب|] تفكيك خلية.\n`);
    expect(none.outcome).toMatchObject({ ok: false, message: "no figure in the selection: select a figure of the article, such as 13 or أربعة" });
    const cannot = await claim(`//- /a.txt\nفككت [|13|] خلية.\n`, false);
    expect(cannot.outcome).toMatchObject({ ok: false, message: "no claims file names this article, and the editor cannot create a.claims" });
  });

  it("is offered as a code action on a figure of an article, and nowhere else; drafting the article everywhere in it", async () => {
    const text = article;
    const at = text.indexOf("13");
    const range = { start: { line: 3, character: at - text.indexOf("وقال") + 1 }, end: { line: 3, character: at - text.indexOf("وقال") + 1 } };
    expect(articleActionsAt(text, { uri: "file:///ws/a.txt", start: at + 1, end: at + 1 })).toEqual([
      {
        title: "Claim this figure: «13»",
        l10n: { template: "Claim this figure: «{0}»", args: ["13"] },
        kind: "refactor.extract",
        command: { title: "Claim this figure: «13»", command: "isnad.claimFigure", arguments: ["file:///ws/a.txt", range] },
      },
      {
        title: "Draft claims for this article",
        l10n: { template: "Draft claims for this article", args: [] },
        kind: "refactor.extract",
        command: { title: "Draft claims for this article", command: "isnad.draftClaims", arguments: ["file:///ws/a.txt", range] },
      },
    ]);
    expect(articleActionsAt(text, { uri: "file:///ws/a.txt", start: 3, end: 3 }).map((a) => a.command?.command)).toEqual(["isnad.draftClaims"]);
    expect(articleActionsAt(text, { uri: "file:///ws/a.txt", start: at, end: at, only: ["quickfix"] })).toEqual([]);
  });
});
