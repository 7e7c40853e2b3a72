// At a glance: a contradiction shows in the article text itself, on the quoted figure; hovering
// that figure gives the claim's provenance; a code lens over the claim counts the sources and
// shows the conflicting claims; an inlay hint names the other value; the status bar's count and
// the palette's commands work.
import * as assert from "node:assert";
import { suite, suiteSetup, test } from "mocha";
import * as vscode from "vscode";
import type { IsnadApi } from "../../extension";
import { codeOf, describe, EXTENSION_ID, hoverText, lineOf, mentionsValue, openEditor, shortName, waitForDiagnostics, workspaceUri } from "./helpers";

suite("inline: article diagnostics, hover in the article, code lens, inlay hints, status", () => {
  // samples/README.md: al-waha says 13 cells were dismantled in 2017, the other outlets say 9.
  const claimsFile = "al-waha-2024-06-08.claims";
  const articleFile = "al-waha-2024-06-08.txt";
  const header = "claim cells_dismantled {year: 2017} = 13";
  let claims: vscode.TextDocument;
  let headerLine: number;
  let article: vscode.TextDocument;
  /** The contradiction on «13» in the article. */
  let onFigure: vscode.Diagnostic;

  suiteSetup(async () => {
    claims = (await openEditor(claimsFile)).document;
    headerLine = lineOf(claims, header);
    article = await vscode.workspace.openTextDocument(workspaceUri(articleFile));
  });

  test("the contradiction shows in the article text, on the quoted figure 13, with the claim as related information", async () => {
    const isOnFigure = (d: vscode.Diagnostic) => codeOf(d) === "contradiction" && article.getText(d.range) === "13";
    const all = await waitForDiagnostics(article.uri, (ds) => ds.some(isOnFigure), "a contradiction on «13» in the article");
    const found = all.filter(isOnFigure);
    assert.strictEqual(found.length, 1, `one contradiction on «13»:\n${describe(all)}`);
    onFigure = found[0] as vscode.Diagnostic;
    assert.strictEqual(onFigure.severity, vscode.DiagnosticSeverity.Warning);
    assert.ok(mentionsValue(onFigure.message, "9"), `the message names the other value, 9: ${onFigure.message}`);
    const [quotedBy, ...others] = onFigure.relatedInformation ?? [];
    assert.ok(quotedBy, "related information");
    assert.strictEqual(quotedBy.location.uri.toString(), claims.uri.toString(), `first the claim that quotes the passage: ${shortName(quotedBy.location.uri)}`);
    assert.strictEqual(quotedBy.location.range.start.line, headerLine, `on its header: ${quotedBy.message}`);
    assert.ok(others.some((r) => r.location.uri.toString() === workspaceUri("sada-al-atlas-2024-06-07.claims").toString()), "then the conflicting claims, sada-al-atlas's among them");
  });

  test("hover on the figure in the article shows the claim's provenance and every source's value", async () => {
    await vscode.window.showTextDocument(article);
    const position = onFigure.range.start.translate(0, 1);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", article.uri, position));
    for (const [what, expected] of [
      ["the outlet", "الواحة"],
      ["the claim's source", "al-waha-2024-06-08"],
      ["a source that says 9", "sada-al-atlas-2024-06-07"],
      ["the verdict", "contradicts"],
    ]) {
      assert.ok(text.includes(expected as string), `the hover shows ${what} (${expected}):\n${text}`);
    }
  });

  test("a code lens over the claim counts the sources, and its command shows the conflicting claims", async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>("vscode.executeCodeLensProvider", claims.uri);
    const lens = lenses.find((l) => l.range.start.line === headerLine);
    assert.ok(lens?.command, `a lens over line ${headerLine + 1}; lenses on lines ${lenses.map((l) => l.range.start.line + 1).join(", ")}`);
    assert.match(lens.command.title, /agree/u, `it counts the sources that agree: ${lens.command.title}`);
    assert.match(lens.command.title, /3 contradict/u, `and the three that contradict: ${lens.command.title}`);
    assert.strictEqual(lens.command.command, "isnad.showClaims");
    const [, , locations] = lens.command.arguments as [string, unknown, { uri: string }[]];
    assert.strictEqual(locations.length, 3, `three claims of 9: ${locations.map((l) => l.uri).join(", ")}`);
    // The peek view opens on the claims of 9; the command turns the JSON arguments into VS Code's types.
    await vscode.commands.executeCommand(lens.command.command, ...(lens.command.arguments ?? []));
    await vscode.commands.executeCommand("closeReferenceSearch");
  });

  test("an inlay hint after the value names the other value and its sources", async () => {
    const range = new vscode.Range(headerLine, 0, headerLine + 1, 0);
    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>("vscode.executeInlayHintProvider", claims.uri, range);
    const labels = hints.map((h) => (typeof h.label === "string" ? h.label : h.label.map((p) => p.value).join("")));
    assert.strictEqual(labels.length, 1, `one hint on line ${headerLine + 1}: ${labels.join(" | ")}`);
    assert.ok(labels[0]?.startsWith("≠ 9 ("), `it names 9: ${labels[0]}`);
    assert.strictEqual(hints[0]?.position.line, headerLine);
  });

  test("the status bar's count of contradictions and the palette's commands", async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of ["isnad.showContradictions", "isnad.recheck", "isnad.openConfig", "isnad.showOutput"]) assert.ok(commands.includes(id), `${id} is registered`);
    // The re-check answers after the server has published everything and sent the new count.
    const result = await vscode.commands.executeCommand<{ claimsFiles: number } | undefined>("isnad.recheck");
    assert.ok(result && result.claimsFiles >= 9, `the whole workspace was re-checked: ${JSON.stringify(result)}`);
    const api = vscode.extensions.getExtension<IsnadApi>(EXTENSION_ID)?.exports;
    const count = api?.contradictionCount();
    // samples/README.md lists 20 contradictions in 6 claims files, and 4 same-origin contradictions
    // in 4 more; this copy of samples/ has no isnad.json, so minorDifference is 0 and its 3 minor
    // differences are contradictions too.
    assert.deepStrictEqual(count, { claims: 29, files: 12 });
  });

  test("Isnad: Open isnad.json creates the file with the defaults when it is missing, and opens it", async () => {
    const uri = workspaceUri("isnad.json");
    await vscode.commands.executeCommand("isnad.openConfig");
    try {
      const editor = vscode.window.activeTextEditor;
      assert.strictEqual(editor?.document.uri.toString(), uri.toString(), "isnad.json is the active editor");
      assert.deepStrictEqual(JSON.parse(editor.document.getText()), { tolerance: 0.1, minorDifference: 0, severity: {}, articles: ["**/*.txt", "**/*.md"], maxFileSizeMB: 20 });
    } finally {
      await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
      await vscode.workspace.fs.delete(uri);
    }
  });
});
