/**
 * No text lost (issue 20): quick fixes applied to claims files whose lines end in a lone CR, in
 * the middle of an LF or CRLF file or throughout, compared in full.
 */
import { describe, expect, it } from "vitest";
import { ALL_OPTIONS, applyAction, textReader } from "../testing/actions";
import { MemoryFileSystem } from "../workspace/fileSystem";
import { Workspace } from "../workspace/workspace";
import { codeActionsAt } from "./codeActions";
import { removeField, insertFields } from "./claimsText";
import { parseClaims } from "../syntax/parser";

const ROOT = "file:///ws";
const CLAIMS = `${ROOT}/a.claims`;
const ARTICLE = `${ROOT}/a.txt`;

async function apply(text: string, article: string, title: string, at: string): Promise<string> {
  const workspace = new Workspace(ROOT);
  workspace.setClaimsText(CLAIMS, text);
  workspace.setArticle(ARTICLE, { kind: "text", text: article });
  const files = { [CLAIMS]: text, [ARTICLE]: article };
  const offset = text.indexOf(at);
  const actions = await codeActionsAt(workspace, { uri: CLAIMS, start: offset, end: offset + at.length }, ALL_OPTIONS, textReader(new MemoryFileSystem(files)));
  const action = actions.find((a) => a.title.replace(/[\u2068\u2069]/g, "") === title);
  if (!action) throw new Error(`no action ${title}; offered: ${actions.map((a) => a.title).join(", ")}`);
  return applyAction(files, action)[CLAIMS] ?? text;
}

describe("quick fixes on files with lone CR line ends", () => {
  const article = "فككت الأجهزة 13 خلية سنة 2017.";

  it("removes a quote line and keeps the comment after it, in a file of LF with lone CRs in the middle", async () => {
    const text = "source a\n  text: a.txt\r# keep me\nclaim cells = 13\r  quote: «ليس في المقال»\r# keep me too\rclaim other = 2\n  quote: «فككت الأجهزة 13 خلية»\n";
    expect(await apply(text, article, "Remove the quote", "«ليس في المقال»")).toBe(
      "source a\n  text: a.txt\r# keep me\nclaim cells = 13\r# keep me too\rclaim other = 2\n  quote: «فككت الأجهزة 13 خلية»\n",
    );
  });

  it("prefers a claim of a contradiction with fields in the file's own line ending", async () => {
    const text = "source a\r  text: a.txt\r# keep\rclaim cells {year: 2017} = 13\r  quote: «فككت الأجهزة 13 خلية»\r# keep\rsource b\rclaim cells {year: 2017} = 9\r";
    const after = await apply(text, article, "Deprecate this claim (13)", "claim cells {year: 2017} = 13");
    expect(after).toBe("source a\r  text: a.txt\r# keep\rclaim cells {year: 2017} = 13\r  quote: «فككت الأجهزة 13 خلية»\r  rank: deprecated\r# keep\rsource b\rclaim cells {year: 2017} = 9\r");
  });

  it("removes and inserts fields at the lines they target, at every line ending", () => {
    for (const eol of ["\n", "\r\n", "\r"]) {
      const text = ["source a", "  outlet: x", "# c1", "claim m = 1", "  note: y", "# c2", "claim n = 2", ""].join(eol);
      const file = parseClaims(text);
      const note = file.claims[0]!.fields[0]!;
      const removed = removeField(CLAIMS, text, note);
      expect(text.slice(0, removed.start) + removed.newText + text.slice(removed.end)).toBe(["source a", "  outlet: x", "# c1", "claim m = 1", "# c2", "claim n = 2", ""].join(eol));
      const inserted = insertFields(CLAIMS, text, file, file.claims[1]!, ["rank: preferred"]);
      expect(text.slice(0, inserted.start) + inserted.newText + text.slice(inserted.end)).toBe(["source a", "  outlet: x", "# c1", "claim m = 1", "  note: y", "# c2", "claim n = 2", "  rank: preferred", ""].join(eol));
    }
  });
});
