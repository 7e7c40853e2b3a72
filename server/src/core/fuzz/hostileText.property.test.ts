/**
 * Fuzzing at scale (issue 20): the parser, the whole check, the formatter, every code action and
 * rename over mutated claims files in every line-ending convention. No throw; every range inside
 * its document; formatting idempotent and touching only white space; every edit crossing lines
 * only at line boundaries and keeping every line break. `npm test` runs a few hundred cases;
 * `npm run fuzz` (ISNAD_FUZZ_SCALE) runs at least 100,000. A failing case becomes a fixture below.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeActionsAt } from "../actions/codeActions";
import { applyWorkspaceEdit, type WorkspaceEdit } from "../actions/edit";
import { diagnosticsOf } from "../analysis/diagnostics";
import { formatEdits } from "../analysis/format";
import { isRefusal, renameAt } from "../analysis/rename";
import { parseClaims } from "../syntax/parser";
import { LineIndex } from "../text/lineIndex";
import { ALL_OPTIONS, textReader } from "../testing/actions";
import { MemoryFileSystem } from "../workspace/fileSystem";
import { Workspace } from "../workspace/workspace";
import { applyEdits, claimsInEveryConvention, editFault, lineCount, withLineEndings } from "./lineEndings";

const SCALE = Number(process.env["ISNAD_FUZZ_SCALE"] ?? "0");
/** Cases per property: `small` in `npm test`, `large` under `npm run fuzz`. */
const runs = (small: number, large: number) => (SCALE > 0 ? Math.round(large * SCALE) : small);
const seed = process.env["ISNAD_FUZZ_SEED"] === undefined ? {} : { seed: Number(process.env["ISNAD_FUZZ_SEED"]) };

const ROOT = "file:///ws";
const CLAIMS = `${ROOT}/f.claims`;
const ARTICLE = "قال إن «الديستي» فككت ١٣ خلية سنة 2017، وتتراوح أعمارهم بين 21 و41 سنة، حسب البلاغ.\n\ndix-sept morts, dont huit Français";

/** Cases that once failed, and the lone-CR file of the issue: run every time. */
const FIXTURES = [
  "source al-waha\r\n  outlet: الواحة\r# a comment\rclaim cells {year: 2017} = 13\n  qoute: «فككت ١٣ خلية»  # kept\rclaim cells {year: 2017} = 9\r\n",
  "source a\r  text: al-waha.txt\r# kept\rclaim cells = 13\r  rank: preferred\r# kept too\rclaim cells = 9\r  via: @nowhere\r",
  // npm run fuzz, seed 1765848498: removing a quote line after a lone CR left an LF behind it, joining two lines.
  "source a\n  text: al-waha.txt\nclaim cells = 13\r  quote: «ليس في المقال» # c\n\n  via: @x\n",
  withLineEndings("source a\n  text: al-waha.txt\nclaim cells {year: 2017} = 13\n  quote: «فككت ١٣ خلية»\nclaim cells {year: 2017} = 12\n", "mixed", [2, 0, 1, 2]),
];

function workspaceWith(text: string): { workspace: Workspace; files: Record<string, string> } {
  const workspace = new Workspace(ROOT);
  workspace.setClaimsText(CLAIMS, text);
  const files: Record<string, string> = { [CLAIMS]: text };
  for (const uri of workspace.unreadArticles()) {
    workspace.setArticle(uri, { kind: "text", text: ARTICLE });
    files[uri] = ARTICLE;
  }
  return { workspace, files };
}

/** Every file an edit changes keeps the rules; returns the files after it. */
function expectSoundEdit(files: Record<string, string>, edit: WorkspaceEdit, what: string): void {
  const after = applyWorkspaceEdit(files, edit);
  for (const [uri, before] of Object.entries(files)) {
    const mine = edit.edits.filter((e) => e.uri === uri);
    if (mine.length === 0) {
      expect(after[uri], `${what} changed ${uri} without an edit`).toBe(before);
      continue;
    }
    const result = after[uri] ?? "";
    expect(applyEdits(before, mine), what).toBe(result);
    expect(editFault(before, mine, result, uri.endsWith(".claims") ? fieldSpans(before) : []), `${what} on ${JSON.stringify(before)}`).toBeUndefined();
  }
}

/** The fields of a claims file, continuation lines included. */
function fieldSpans(text: string): { start: number; end: number }[] {
  const file = parseClaims(text);
  return [...file.sources, ...file.claims, ...file.metrics, ...file.qualifierBlocks].flatMap((b) => b.fields.map((f) => ({ start: f.start, end: f.end })));
}

function expectInside(text: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): void {
  const index = new LineIndex(text);
  for (const p of [range.start, range.end]) {
    expect(p.line).toBeLessThan(index.lineCount);
    expect(index.position(index.offset(p))).toEqual(p);
  }
}

function checkParser(text: string): void {
  const file = parseClaims(text, { lines: true });
  const lines = file.lines ?? [];
  expect(lines).toHaveLength(lineCount(text));
  for (const line of lines) {
    expect(line.start).toBeLessThanOrEqual(line.end);
    expect(text.slice(line.start, line.end)).not.toMatch(/[\r\n]/);
  }
  for (const p of file.problems) expect(p.end).toBeLessThanOrEqual(text.length);
}

function checkFormatter(text: string): void {
  const edits = formatEdits(text);
  const formatted = applyEdits(text, edits);
  for (const e of edits) expect(text.slice(e.start, e.end) + e.newText).toMatch(/^[ \t]*$/);
  expect(formatted.replace(/[ \t]/g, "")).toBe(text.replace(/[ \t]/g, ""));
  expect(editFault(text, edits, formatted)).toBeUndefined();
  expect(formatEdits(formatted)).toEqual([]);
}

function checkDiagnostics(text: string): void {
  const { workspace } = workspaceWith(text);
  for (const d of diagnosticsOf(workspace, CLAIMS)) expectInside(text, d.range);
}

async function checkActions(text: string): Promise<void> {
  const { workspace, files } = workspaceWith(text);
  const index = new LineIndex(text);
  const reader = textReader(new MemoryFileSystem(files));
  for (const d of diagnosticsOf(workspace, CLAIMS)) {
    const request = { uri: CLAIMS, start: index.offset(d.range.start), end: index.offset(d.range.end) };
    for (const action of await codeActionsAt(workspace, request, ALL_OPTIONS, reader)) {
      if (action.edit) expectSoundEdit(files, action.edit, `${action.title} (${d.code})`);
    }
  }
}

function checkRename(text: string, at: number): void {
  const { workspace, files } = workspaceWith(text);
  const edit = renameAt(workspace, CLAIMS, at % (text.length + 1), "renamed_name");
  if (!isRefusal(edit)) expectSoundEdit(files, edit, "rename");
}

describe("fuzzing over every line-ending convention", () => {
  it.each(FIXTURES.map((text, i) => [i, text] as const))("keeps the rules on fixture %i", async (_, text) => {
    checkParser(text);
    checkFormatter(text);
    checkDiagnostics(text);
    await checkActions(text);
    for (let at = 0; at < text.length; at += 7) checkRename(text, at);
  });

  it("the parser reads every line as the editor counts it", () => {
    fc.assert(fc.property(claimsInEveryConvention, checkParser), { numRuns: runs(300, 40_000), ...seed });
  });

  it("the formatter is idempotent and touches only white space", () => {
    fc.assert(fc.property(claimsInEveryConvention, checkFormatter), { numRuns: runs(300, 30_000), ...seed });
  });

  it("the whole check never throws and puts every range inside its document", () => {
    fc.assert(fc.property(claimsInEveryConvention, checkDiagnostics), { numRuns: runs(60, 12_000), ...seed });
  });

  it("every code action edits only its lines and keeps every line break", async () => {
    await fc.assert(fc.asyncProperty(claimsInEveryConvention, checkActions), { numRuns: runs(40, 10_000), ...seed });
  });

  it("rename edits only the names and keeps every line break", () => {
    fc.assert(fc.property(claimsInEveryConvention, fc.nat(), checkRename), { numRuns: runs(40, 10_000), ...seed });
  });
});
