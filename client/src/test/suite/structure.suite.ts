// References, workspace symbols, folding, semantic tokens and the similar-metric hint with its
// quick fix, through VS Code's own commands. The one edit (a look-alike metric) is made in a file
// of its own, removed afterwards so that no other suite sees it.
import * as assert from "node:assert";
import { suite, suiteSetup, test } from "mocha";
import * as vscode from "vscode";
import { codeOf, lineOf, openEditor, waitForDiagnostics, workspaceUri } from "./helpers";

suite("references, symbols, folding, semantic tokens, similar metrics", () => {
  const file = "al-waha-2024-06-08.claims";
  let document: vscode.TextDocument;

  suiteSetup(async () => {
    document = (await openEditor(file)).document;
  });

  test("references on `@id` list the source's definition and every claim citing it", async () => {
    const line = lineOf(document, "via: @bcij-statement-2024-06-06/arrested");
    const at = new vscode.Position(line, document.lineAt(line).text.indexOf("@") + 3);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>("vscode.executeReferenceProvider", document.uri, at);
    const files = [...new Set(locations.map((l) => l.uri.path.split("/").pop() ?? ""))];
    assert.ok(files.includes("bcij-statement-2024-06-06.claims"), `the definition: ${files.join(", ")}`);
    assert.ok(files.includes("al-waha-2024-06-08.claims") && files.length >= 3, `the citing files: ${files.join(", ")}`);
  });

  test("references on a claim list every claim about the same quantity, across sources", async () => {
    const line = lineOf(document, "claim cells_dismantled {year: 2017} = 13");
    const at = new vscode.Position(line, document.lineAt(line).text.indexOf("{year") + 2);
    const locations = await vscode.commands.executeCommand<vscode.Location[]>("vscode.executeReferenceProvider", document.uri, at);
    const files = locations.map((l) => l.uri.path.split("/").pop() ?? "");
    for (const expected of ["al-waha-2024-06-08.claims", "atlas-ledger-2024-06-10.claims", "quotidien-detroit-2024-06-08.claims", "sada-al-atlas-2024-06-07.claims"]) {
      assert.ok(files.includes(expected), `${expected} in ${files.join(", ")}`);
    }
  });

  test("workspace symbols find sources and metrics by a fuzzy query", async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>("vscode.executeWorkspaceSymbolProvider", "atlasledger");
    assert.ok(symbols.some((s) => s.name === "atlas-ledger-2024-06-10"), symbols.map((s) => s.name).join(", "));
    const metrics = await vscode.commands.executeCommand<vscode.SymbolInformation[]>("vscode.executeWorkspaceSymbolProvider", "cells_dism");
    assert.ok(metrics.some((s) => s.name.startsWith("cells_dismantled")), metrics.map((s) => s.name).join(", "));
  });

  test("folding ranges cover the source block and the quote that runs over two lines", async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>("vscode.executeFoldingRangeProvider", document.uri);
    const source = lineOf(document, "source al-waha-2024-06-08");
    assert.ok(ranges.some((r) => r.start === source && r.end >= source + 6), `a fold from the source header: ${JSON.stringify(ranges)}`);
    const quote = lineOf(document, "quote: «قال محلل أمني");
    assert.ok(ranges.some((r) => r.start <= quote && r.end >= quote + 1), "a fold over the two-line quote");
  });

  test("semantic tokens colour the header of a claim", async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>("vscode.provideDocumentSemanticTokensLegend", document.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>("vscode.provideDocumentSemanticTokens", document.uri);
    assert.ok(legend.tokenTypes.length > 0, "a legend");
    const line = lineOf(document, "claim cells_dismantled {year: 2017} = 13");
    // Decode the relative encoding: [deltaLine, deltaStart, length, type, modifiers]*.
    const onLine: string[] = [];
    let at = 0;
    let start = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const deltaLine = tokens.data[i] ?? 0;
      at += deltaLine;
      start = deltaLine === 0 ? start + (tokens.data[i + 1] ?? 0) : (tokens.data[i + 1] ?? 0);
      if (at === line) onLine.push(`${document.lineAt(line).text.slice(start, start + (tokens.data[i + 2] ?? 0))}:${legend.tokenTypes[tokens.data[i + 3] ?? 0]}`);
    }
    assert.ok(onLine.length >= 4, `the keyword, metric, qualifier and value have tokens: ${onLine.join(" ")}`);
    assert.ok(onLine.some((t) => t.startsWith("cells_dismantled:")), onLine.join(" "));
    assert.ok(onLine.some((t) => t.startsWith("13:")), onLine.join(" "));
  });

  test("a look-alike metric gets the similar-metric hint, and its quick fix uses the existing name", async () => {
    const uri = workspaceUri("lookalike.claims");
    const text = "source lookalike-2024\nclaim dismantled_cells {year: 2019} = 14\n";
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const opened = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(opened);
      const hint = (await waitForDiagnostics(uri, (list) => list.some((d) => codeOf(d) === "similar-metric"), "the similar-metric hint")).find((d) => codeOf(d) === "similar-metric");
      assert.ok(hint, "a similar-metric hint");
      assert.strictEqual(hint.severity, vscode.DiagnosticSeverity.Hint);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, hint.range, vscode.CodeActionKind.QuickFix.value);
      const use = actions.find((a) => /cells_dismantled/u.test(a.title));
      assert.ok(use?.edit, `a fix naming cells_dismantled: ${actions.map((a) => a.title).join(" | ")}`);
      assert.ok(await vscode.workspace.applyEdit(use.edit));
      assert.strictEqual(opened.getText(), "source lookalike-2024\nclaim cells_dismantled {year: 2019} = 14\n");
      await opened.save();
    } finally {
      await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
      await vscode.workspace.fs.delete(uri);
    }
  });
});
