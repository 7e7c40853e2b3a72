// Quick fixes and "Claim this figure" in a real VS Code: the server's code actions reach the
// lightbulb with edits VS Code applies as they are, and the command run from the palette takes
// the editor's selection.
import * as assert from "node:assert";
import { suite, suiteTeardown, test } from "mocha";
import * as vscode from "vscode";
import { describe, diagnosticsAt, lineOf, openEditor, shortName, waitForDiagnostics, workspaceUri } from "./helpers";

suite("code actions", () => {
  const file = "al-waha-2024-06-08.claims";
  const plain = (title: string) => title.replace(/[\u2068\u2069]/gu, "");

  suiteTeardown(async () => {
    // Leave the copy as it was for any suite after this one, whatever happened here.
    for (const document of vscode.workspace.textDocuments) {
      if (!document.isDirty) continue;
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand("workbench.action.files.revert");
    }
  });

  /** The code actions VS Code gets for `range` of `uri`, as its lightbulb asks for them. */
  async function actionsAt(uri: vscode.Uri, range: vscode.Range, kind?: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
    const found = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>("vscode.executeCodeActionProvider", uri, range, kind?.value);
    return found.filter((a): a is vscode.CodeAction => "kind" in a || "edit" in a);
  }

  test("an unsourced claim's quick fix quotes the passage of the article that states it", async () => {
    const editor = await openEditor(file);
    const uri = editor.document.uri;
    const line = lineOf(editor.document, "claim date {operation: 2024-06-06-bcij} = 2024-06-06");
    const all = await waitForDiagnostics(uri, () => diagnosticsAt(uri, "unsourced-claim", line).length > 0, `an unsourced-claim on line ${line + 1}`);
    const [diagnostic] = diagnosticsAt(uri, "unsourced-claim", line);
    assert.strictEqual(diagnostic?.severity, vscode.DiagnosticSeverity.Information, describe(all));
    const actions = await actionsAt(uri, new vscode.Range(line, 8, line, 8), vscode.CodeActionKind.QuickFix);
    const quote = actions.find((a) => plain(a.title) === "Quote «6 يونيو 2024»: يوم الخميس 6 يونيو 2024");
    assert.ok(quote?.edit, `the fix is offered; offered: ${actions.map((a) => plain(a.title)).join(" | ")}`);
    assert.ok(await vscode.workspace.applyEdit(quote.edit), "the edit applies");
    assert.strictEqual(editor.document.lineAt(line + 1).text, "  quote: «يوم الخميس 6 يونيو 2024»");
    assert.strictEqual(editor.document.lineAt(line + 2).text, "  via: @bcij-statement-2024-06-06", "the claim's other fields follow, untouched");
    await waitForDiagnostics(uri, () => diagnosticsAt(uri, "unsourced-claim", line).length === 0, "no unsourced-claim once the claim quotes its article");
  });

  test("a contradiction's action opens the conflicting claim", async () => {
    const editor = await openEditor(file);
    const uri = editor.document.uri;
    const line = lineOf(editor.document, "claim cells_dismantled {year: 2017} = 13");
    await waitForDiagnostics(uri, () => diagnosticsAt(uri, "contradiction", line).length > 0, `a contradiction on line ${line + 1}`);
    const actions = await actionsAt(uri, new vscode.Range(line, 38, line, 38), vscode.CodeActionKind.QuickFix);
    const open = actions.find((a) => plain(a.title) === "Open the conflicting claim: ٩ (sada-al-atlas-2024-06-07)");
    assert.ok(open?.command, `offered: ${actions.map((a) => plain(a.title)).join(" | ")}`);
    await vscode.commands.executeCommand(open.command.command, ...(open.command.arguments ?? []));
    const active = vscode.window.activeTextEditor;
    assert.strictEqual(active?.document.uri.toString(), workspaceUri("sada-al-atlas-2024-06-07.claims").toString(), `the other file is shown, not ${active ? shortName(active.document.uri) : "nothing"}`);
    assert.match(active?.document.lineAt(active.selection.start.line).text ?? "", /cells_dismantled \{year: ٢٠١٧\} = ٩/u, "the cursor stands on the claim of ٩");
  });

  test("Claim this figure, run with a figure selected in the article, adds a claim with its quote to the claims file beside it", async () => {
    const article = await openEditor("al-waha-2024-06-08.txt");
    const line = lineOf(article.document, "بلغ 1659 مقاتلا");
    const column = article.document.lineAt(line).text.indexOf("1659");
    article.selection = new vscode.Selection(line, column, line, column + 4);
    const offered = await actionsAt(article.document.uri, article.selection);
    assert.ok(offered.some((a) => plain(a.title) === "Claim this figure: «1659»" && a.command?.command === "isnad.claimFigure"), `offered in the article: ${offered.map((a) => plain(a.title)).join(" | ")}`);

    // As the palette runs it: no arguments, the selection is the figure.
    await vscode.commands.executeCommand("isnad.claimFigure");
    const claims = vscode.workspace.textDocuments.find((d) => d.uri.toString() === workspaceUri(file).toString());
    assert.ok(claims, "the claims file beside the article is open");
    const text = claims.getText();
    const stub = "claim مقاتلا = 1659\n  quote: «ويقدر الباحثون أن عدد المغاربة الذين التحقوا بالتنظيمات المقاتلة في سوريا والعراق بلغ 1659 مقاتلا»\n";
    assert.ok(text.endsWith(`  via: researchers\n${stub}`), `the stub follows the source's last claim:\n${text.slice(-400)}`);
    const editor = vscode.window.activeTextEditor;
    assert.strictEqual(editor?.document.uri.toString(), claims.uri.toString(), "the claims file is shown");
    assert.strictEqual(editor.document.getText(editor.selection), "مقاتلا", "its metric name is selected, to be typed over");
  });
});

suite("code actions: settling a contradiction", () => {
  test("Prefer ranks this claim preferred, deprecates the others in their files, and leaves the cursor on the reason", async () => {
    const editor = await openEditor("al-waha-2024-06-08.claims");
    const uri = editor.document.uri;
    const line = lineOf(editor.document, "claim killed {event: casablanca-2003} = 45");
    // al-sahil says 60 injured where al-waha says more than 100.
    const injured = lineOf(editor.document, "claim injured {event: casablanca-2003} = >100");
    await waitForDiagnostics(uri, () => diagnosticsAt(uri, "contradiction", injured).length > 0, `a contradiction on line ${injured + 1}`);
    const found = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, new vscode.Range(injured, 40, injured, 40), vscode.CodeActionKind.QuickFix.value);
    const prefer = found.find((a) => a.title.replace(/[\u2068\u2069]/gu, "") === "Prefer >100 and deprecate 60");
    assert.ok(prefer?.edit, `offered: ${found.map((a) => a.title).join(" | ")}`);
    assert.ok(await vscode.workspace.applyEdit(prefer.edit), "the edit applies");
    assert.deepStrictEqual([1, 2, 3].map((n) => editor.document.lineAt(injured + n).text), ["  note: «وخلفت أكثر من 100 جريح»", "  rank: preferred", "  reason: "]);
    const cursor = vscode.window.activeTextEditor?.selection.active;
    assert.deepStrictEqual(cursor && [cursor.line, cursor.character], [injured + 3, "  reason: ".length], "the cursor waits on the reason");
    const sahil = await vscode.workspace.openTextDocument(workspaceUri("al-sahil-2024-06-15.claims"));
    const sixty = lineOf(sahil, "claim injured {event: casablanca-2003} = 60");
    assert.deepStrictEqual([1, 2].map((n) => sahil.lineAt(sixty + n).text), ["  quote: «وأصابت 60 آخرين»", "  rank: deprecated"]);
    assert.strictEqual(editor.document.lineAt(line).text, "claim killed {event: casablanca-2003} = 45", "other claims are untouched");
    await waitForDiagnostics(uri, () => diagnosticsAt(uri, "settled-contradiction", injured).length > 0, "the dispute is settled");
  });
});
