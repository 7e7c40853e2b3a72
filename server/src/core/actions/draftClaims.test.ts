import { describe, expect, it } from "vitest";
import { draftClaims } from "./draftClaims";
import { applyWorkspaceEdit } from "./edit";
import { markedWorkspaceOf } from "../testing/markup";

/** Drafts the claims of the fixture's article `uri`; returns the outcome and the files it changes or creates. */
async function draft(text: string, uri: string, sourceId?: string) {
  const { workspace, fixture } = await markedWorkspaceOf(text);
  const outcome = draftClaims(workspace, uri, fixture.files[uri]!, { canCreateFiles: true, ...(sourceId ? { sourceId } : {}) });
  if (!outcome.ok) return { outcome, changed: {} as Record<string, string> };
  const after = applyWorkspaceEdit(fixture.files, outcome.edit);
  const changed = Object.fromEntries(Object.entries(after).filter(([u, t]) => fixture.files[u] !== t));
  return { outcome, changed };
}

const article = `الأمن يوقف شبكة للتهريب
الخميس 6 يونيو 2024

أوقفت مصالح الأمن بطنجة سبعة أشخاص، وحجزت 120 كيلوغراما من المخدرات سنة 2023.
وكانت الشبكة هي الرابعة التي تفكك في المدينة.
`;

describe("draft claims for this article", () => {
  it("creates `<article>.claims` with a source block from the article's heading and one draft per figure of the body (the date line left out), the metric the counted noun folded", async () => {
    const { changed } = await draft(`//- /news/tanger.txt\n${article}`, "file:///ws/news/tanger.txt");
    expect(changed).toEqual({
      "file:///ws/news/tanger.claims": [
        "source tanger",
        "  title: الأمن يوقف شبكة للتهريب",
        "  published: 2024-06-06",
        "  text: tanger.txt",
        "  language: ar",
        "",
        "claim اشخاص {year: 2023} = 7",
        "  status: draft",
        "  quote: «أوقفت مصالح الأمن بطنجة سبعة أشخاص»",
        "",
        "claim كيلوغراما {year: 2023} = 120",
        "  status: draft",
        "  quote: «وحجزت 120 كيلوغراما من المخدرات سنة 2023»",
        "",
        "claim year = 2023",
        "  status: draft",
        "  quote: «وحجزت 120 كيلوغراما من المخدرات سنة 2023»",
        "",
      ].join("\n"),
    });
  });

  it("appends to the source that names the article, after its last claim, changing no line; guesses the metric from the workspace's quotes and a place from its qualifier values", async () => {
    const { changed } = await draft(
      `
//- /old.claims
source old
  text: old.txt
claim arrested {city: طنجة} = 3
  quote: «أوقفت ثلاثة أشخاص»
//- /old.txt
أوقفت ثلاثة أشخاص.
//- /news/tanger.claims
source tanger
  text: tanger.txt
claim seized_kg = 120
  quote: «وحجزت 120 كيلوغراما»
source other
//- /news/tanger.txt
${article}`,
      "file:///ws/news/tanger.txt",
    );
    expect(changed["file:///ws/news/tanger.claims"]).toBe(
      [
        "source tanger",
        "  text: tanger.txt",
        "claim seized_kg = 120",
        "  quote: «وحجزت 120 كيلوغراما»",
        "claim arrested {year: 2023, city: طنجة} = 7",
        "  status: draft",
        "  quote: «أوقفت مصالح الأمن بطنجة سبعة أشخاص»",
        "claim year {city: طنجة} = 2023",
        "  status: draft",
        "  quote: «وحجزت 120 كيلوغراما من المخدرات سنة 2023»",
        "source other",
        "",
      ].join("\n"),
    );
  });

  it("adds nothing when run again: every figure is drafted or claimed", async () => {
    const first = await draft(`//- /news/tanger.txt\n${article}`, "file:///ws/news/tanger.txt");
    const claims = first.changed["file:///ws/news/tanger.claims"]!;
    const again = await draft(`//- /news/tanger.claims\n${claims}//- /news/tanger.txt\n${article}`, "file:///ws/news/tanger.txt");
    expect(again.outcome).toMatchObject({ ok: true, drafts: [] });
    expect(again.changed).toEqual({});
  });

  it("skips ordinals, implicit ones and clock times, and drafts under the source asked for", async () => {
    const text = `//- /a.claims\nsource a\n  text: a.txt\nsource b\n  text: a.txt\n//- /a.txt\nوصل الوفد في الساعة 13H00، وهي الزيارة الثانية، وبقي مدة سنة، وقتل 5 أشخاص.\n`;
    const { outcome, changed } = await draft(text, "file:///ws/a.txt", "b");
    expect(outcome.ok && outcome.drafts.map((d) => d.header)).toEqual(["claim اشخاص = 5"]);
    expect(changed["file:///ws/a.claims"]).toBe("source a\n  text: a.txt\nsource b\n  text: a.txt\nclaim اشخاص = 5\n  status: draft\n  quote: «وقتل 5 أشخاص»\n");
  });

  it("says so when it may not create the claims file", async () => {
    const { workspace, fixture } = await markedWorkspaceOf(`//- /a.txt\nقتل 5 أشخاص.\n`);
    expect(draftClaims(workspace, "file:///ws/a.txt", fixture.files["file:///ws/a.txt"]!, { canCreateFiles: false })).toMatchObject({ ok: false, message: "no claims file names this article, and the editor cannot create a.claims" });
  });
});
