// A contradiction between sources reaches VS Code's diagnostics, with the conflicting claims of the
// other files as related information.
import * as assert from "node:assert";
import { suite, suiteSetup, test } from "mocha";
import * as vscode from "vscode";
import { describe, diagnosticsAt, lineOf, mentionsValue, openEditor, shortName, waitForDiagnostics, workspaceUri } from "./helpers";

suite("diagnostics", () => {
  // samples/README.md: al-waha has 13 cells dismantled in 2017 on an analyst's word; Sada
  // al-Atlas's compilation, which Atlas Ledger and Le Quotidien du Détroit repeat, has 9.
  const file = "al-waha-2024-06-08.claims";
  let document: vscode.TextDocument;
  let line: number;

  suiteSetup(async () => {
    document = (await openEditor(file)).document;
    line = lineOf(document, "claim cells_dismantled {year: 2017} = 13");
  });

  test("the 2017 count of 13 is a contradiction warning", async () => {
    const all = await waitForDiagnostics(document.uri, () => diagnosticsAt(document.uri, "contradiction", line).length > 0, `a contradiction on line ${line + 1}`);
    const found = diagnosticsAt(document.uri, "contradiction", line);
    assert.strictEqual(found.length, 1, `one contradiction on line ${line + 1}:\n${describe(all)}`);
    const [contradiction] = found as [vscode.Diagnostic];
    assert.strictEqual(contradiction.severity, vscode.DiagnosticSeverity.Warning);
    assert.strictEqual(contradiction.source, "isnad");
    // The range is the claim, or a part of it that holds the value: never another line.
    assert.strictEqual(contradiction.range.end.line >= line, true);
    assert.ok(mentionsValue(contradiction.message, "9"), `the message names the other value, 9: ${contradiction.message}`);
    for (const id of ["atlas-ledger-2024-06-10", "quotidien-detroit-2024-06-08"]) {
      assert.ok(contradiction.message.includes(id), `the message names the source ${id}: ${contradiction.message}`);
    }
  });

  test("related information points at the claims of 9 in the other sources", () => {
    const [contradiction] = diagnosticsAt(document.uri, "contradiction", line);
    assert.ok(contradiction, "the contradiction of the previous test");
    const related = contradiction.relatedInformation ?? [];
    assert.ok(related.length > 0, "the contradiction carries related information");
    const expected = ["atlas-ledger-2024-06-10.claims", "quotidien-detroit-2024-06-08.claims"];
    for (const name of expected) {
      const uri = workspaceUri(name);
      const entry = related.find((r) => r.location.uri.toString() === uri.toString());
      assert.ok(entry, `related information names ${name}; it has ${related.map((r) => shortName(r.location.uri)).join(", ")}`);
      assert.ok(mentionsValue(entry.message, "9"), `the related entry for ${name} gives its value, 9: ${entry.message}`);
    }
    // Each related location is the line of a claim of 9 for 2017, not any other line of the file.
    return Promise.all(related.map(async (r) => {
      const other = await vscode.workspace.openTextDocument(r.location.uri);
      const text = other.lineAt(r.location.range.start.line).text;
      assert.match(text, /cells_dismantled\s*\{year:\s*(2017|٢٠١٧)\}\s*=\s*(9|٩)(\s|$)/u, `${shortName(r.location.uri)}:${r.location.range.start.line + 1} is a claim of 9 for 2017: ${text}`);
    }));
  });

  test("a claim that agrees with every source has no contradiction", () => {
    const agreeing = lineOf(document, "claim killed {event: argana-cafe-bombing} = 17");
    assert.deepStrictEqual(diagnosticsAt(document.uri, "contradiction", agreeing), []);
  });
});
