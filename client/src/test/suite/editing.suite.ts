// Typing brings a contradiction's warning while the file is unsaved, and undo takes it away.
import * as assert from "node:assert";
import { suite, suiteSetup, suiteTeardown, test } from "mocha";
import * as vscode from "vscode";
import { describe, diagnosticsAt, lineOf, mentionsValue, openEditor, waitForDiagnostics } from "./helpers";

suite("editing", () => {
  const file = "al-waha-2024-06-08.claims";
  let editor: vscode.TextEditor;
  let original: string;
  /** Every outlet gives 17 dead for the Argana café: changing al-waha's to 18 contradicts them. */
  let line: number;
  /** The 2017 count's contradiction, present all along: its presence proves a check has run. */
  let witness: number;

  suiteSetup(async () => {
    editor = await openEditor(file);
    original = editor.document.getText();
    line = lineOf(editor.document, "claim killed {event: argana-cafe-bombing} = 17");
    witness = lineOf(editor.document, "claim cells_dismantled {year: 2017} = 13");
    await waitForDiagnostics(editor.document.uri, () => diagnosticsAt(editor.document.uri, "contradiction", witness).length > 0, "the checked file");
  });

  suiteTeardown(async () => {
    // Leave the copy as it was for any suite after this one, whatever happened here.
    if (editor.document.isDirty) {
      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand("workbench.action.files.revert");
    }
  });

  test("an edit through WorkspaceEdit that creates a contradiction brings its warning", async () => {
    const uri = editor.document.uri;
    assert.deepStrictEqual(diagnosticsAt(uri, "contradiction", line), [], "no contradiction before the edit");
    const text = editor.document.lineAt(line).text;
    const value = new vscode.Range(line, text.lastIndexOf("17"), line, text.lastIndexOf("17") + 2);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, value, "18");
    assert.ok(await vscode.workspace.applyEdit(edit), "the edit applies");
    assert.ok(editor.document.isDirty, "the file is changed but not saved: the server checks the open document");

    const all = await waitForDiagnostics(uri, () => diagnosticsAt(uri, "contradiction", line).length > 0, `a contradiction on line ${line + 1}`);
    const [contradiction] = diagnosticsAt(uri, "contradiction", line);
    assert.ok(contradiction, describe(all));
    assert.strictEqual(contradiction.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(mentionsValue(contradiction.message, "18"), `the message names the new value, 18: ${contradiction.message}`);
    assert.ok(mentionsValue(contradiction.message, "17"), `and the value it contradicts, 17: ${contradiction.message}`);
    assert.ok((contradiction.relatedInformation ?? []).length > 0, "with the sources of 17 as related information");
  });

  test("undo takes the warning away", async () => {
    const uri = editor.document.uri;
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand("undo");
    assert.strictEqual(editor.document.getText(), original, "undo restores the text");
    await waitForDiagnostics(
      uri,
      () => diagnosticsAt(uri, "contradiction", line).length === 0 && diagnosticsAt(uri, "contradiction", witness).length > 0,
      `no contradiction on line ${line + 1} any more, the one on line ${witness + 1} still there`,
    );
    assert.strictEqual(editor.document.isDirty, false, "back to the saved text");
  });
});
