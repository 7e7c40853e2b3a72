// Completion after `@`, the Outline, rename across files and the formatter, through VS Code's own
// commands, as the editor asks for them. Nothing here edits the workspace: the rename's edit is
// applied to copies of the texts and compared whole.
import * as assert from "node:assert";
import { suite, suiteSetup, test } from "mocha";
import * as vscode from "vscode";
import { lineOf, openEditor, shortName, workspaceUri } from "./helpers";

suite("completion, outline, rename and formatting", () => {
  const file = "al-waha-2024-06-08.claims";
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    document = (await openEditor(file)).document;
  });

  test("after `@` in a `via:` completion offers the workspace's sources with outlet and date", async () => {
    const line = lineOf(document, "via: @bcij-statement-2024-06-06/arrested");
    const at = new vscode.Position(line, document.lineAt(line).text.indexOf("@") + 1);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>("vscode.executeCompletionItemProvider", document.uri, at, "@");
    const labels = list.items.map((i) => (typeof i.label === "string" ? i.label : i.label.label));
    for (const id of ["bcij-statement-2024-06-06", "sada-al-atlas-2024-06-07", "atlas-ledger-2024-06-10"]) assert.ok(labels.includes(id), `${id} is offered: ${labels.join(", ")}`);
    assert.ok(!labels.includes("al-waha-2024-06-08"), "not the claim's own source");
    const statement = list.items.find((i) => i.label === "bcij-statement-2024-06-06");
    assert.match(statement?.detail ?? "", /2024-06-06/u, `the detail gives the date: ${statement?.detail}`);
  });

  test("the Outline lists the source with its claims, named as written", async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>("vscode.executeDocumentSymbolProvider", document.uri);
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ["al-waha-2024-06-08"],
    );
    const claims = symbols[0]?.children.map((c) => c.name) ?? [];
    assert.ok(claims.includes("cells_dismantled {year: 2017} = 13"), claims.join("\n"));
    assert.ok(claims.includes("killed {event: casablanca-2003, role: bomber} = 12"), claims.join("\n"));
    assert.strictEqual(claims.length, (document.getText().match(/^claim /gmu) ?? []).length, "one child per claim");
  });

  test("renaming a source id edits its header and every `@id` of the workspace, and nothing else", async () => {
    const line = lineOf(document, "via: @bcij-statement-2024-06-06/arrested");
    const at = new vscode.Position(line, document.lineAt(line).text.indexOf("@") + 3);
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>("vscode.executeDocumentRenameProvider", document.uri, at, "bcij-2024");
    const touched = edit.entries();
    assert.ok(touched.length >= 4, `the statement and the articles citing it: ${touched.map(([u]) => shortName(u)).join(", ")}`);
    const id = /(?<=^source |@)bcij-statement-2024-06-06(?![\p{L}\p{N}_.-])/gmu;
    for (const [uri, edits] of touched) {
      const text = (await vscode.workspace.openTextDocument(uri)).getText();
      // Comments that name the id are text: they stay as they are.
      const expected = text.split("\n").map((line) => (line.trimStart().startsWith("#") ? line : line.replace(id, "bcij-2024"))).join("\n");
      assert.strictEqual(apply(text, edits, await vscode.workspace.openTextDocument(uri)), expected, shortName(uri));
    }
    const statement = touched.find(([uri]) => uri.path.endsWith("/bcij-statement-2024-06-06.claims"));
    assert.ok(statement, "the statement's own header is renamed");
  });

  test("the formatter leaves a formatted file as it is, and formats a messy one", async () => {
    const none = await vscode.commands.executeCommand<vscode.TextEdit[]>("vscode.executeFormatDocumentProvider", document.uri, { tabSize: 2, insertSpaces: true });
    assert.deepStrictEqual(none ?? [], [], "the samples are formatted");
    // A messy file of its own, removed afterwards so that no suite sees it.
    const uri = workspaceUri("format-test.claims");
    const messy = "source  format-test\n   outlet:الواحة\nclaim  killed{event :x}=2\n";
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(messy));
    try {
      const opened = await vscode.workspace.openTextDocument(uri);
      const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>("vscode.executeFormatDocumentProvider", uri, { tabSize: 2, insertSpaces: true });
      assert.strictEqual(apply(messy, edits ?? [], opened), "source format-test\n  outlet: الواحة\nclaim killed {event: x} = 2\n");
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});

/** `text` with the edits applied, last first, as the editor would. */
function apply(text: string, edits: readonly vscode.TextEdit[], document: vscode.TextDocument): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => document.offsetAt(b.range.start) - document.offsetAt(a.range.start))) {
    out = out.slice(0, document.offsetAt(e.range.start)) + e.newText + out.slice(document.offsetAt(e.range.end));
  }
  return out;
}
