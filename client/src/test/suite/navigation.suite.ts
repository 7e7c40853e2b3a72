// Hover shows where a figure comes from; go to definition lands on the quote in the article and on
// the source block an `@id` names.
import * as assert from "node:assert";
import { suite, suiteSetup, test } from "mocha";
import * as vscode from "vscode";
import { hoverText, lineOf, openEditor, shortName, squash, workspaceUri } from "./helpers";

suite("hover and go to definition", () => {
  const file = "al-waha-2024-06-08.claims";
  let document: vscode.TextDocument;
  /** Where the value 13 of the disputed 2017 count is written. */
  let figure: vscode.Position;

  suiteSetup(async () => {
    document = (await openEditor(file)).document;
    const header = "claim cells_dismantled {year: 2017} = 13";
    const line = lineOf(document, header);
    figure = new vscode.Position(line, document.lineAt(line).text.indexOf(header) + header.length - 1);
  });

  test("hover on a claim shows its provenance and every source's value", async () => {
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", document.uri, figure);
    const text = hoverText(hovers);
    assert.ok(text.length > 0, "a hover");
    for (const [what, expected] of [
      ["the outlet", "الواحة"],
      ["the publication date", "2024-06-08"],
      ["the source id", "al-waha-2024-06-08"],
      ["the quoted passage", "فككت"],
      ["the attribution", "security analyst"],
      ["another source's value in the table", "atlas-ledger-2024-06-10"],
    ]) {
      assert.ok(text.includes(expected as string), `the hover shows ${what} (${expected}):\n${text}`);
    }
    assert.match(text, /\|.*\|/u, `the hover holds a table of the values:\n${text}`);
    assert.match(text, /contradict/u, `the table says which sources contradict:\n${text}`);
  });

  test("go to definition on a claim lands on its quote in the article", async () => {
    const locations = await definitions(document.uri, figure);
    assert.strictEqual(locations.length, 1, `one target: ${locations.map(show).join(", ")}`);
    const [target] = locations as [vscode.Location];
    assert.strictEqual(target.uri.toString(), workspaceUri("al-waha-2024-06-08.txt").toString(), `the article beside the claims: ${show(target)}`);
    const article = await vscode.workspace.openTextDocument(target.uri);
    const landed = squash(article.getText(target.range));
    // The quote as written in the claims file, with its outer «» dropped (docs/format.md).
    const quote = "قال محلل أمني تحدث إلى «الواحة» إن «الديستي» فككت 13 خلية إرهابية سنة 2017 وحدها، وإن وتيرة التفكيك تراجعت";
    assert.strictEqual(landed, quote, `the range covers the quoted passage in the article (${show(target)})`);
  });

  test("go to definition on an @id lands on that source's block", async () => {
    const line = lineOf(document, "via: @bcij-statement-2024-06-06/arrested");
    const column = document.lineAt(line).text.indexOf("@bcij") + 3;
    const locations = await definitions(document.uri, new vscode.Position(line, column));
    assert.ok(locations.length >= 1, "a target");
    const [target] = locations as [vscode.Location];
    assert.strictEqual(target.uri.toString(), workspaceUri("bcij-statement-2024-06-06.claims").toString(), show(target));
    const statement = await vscode.workspace.openTextDocument(target.uri);
    const text = statement.lineAt(target.range.start.line).text;
    assert.match(text, /^\s*(source bcij-statement-2024-06-06|claim arrested\b)/u, `the source block or the claim @…/arrested names: ${text}`);
  });
});

/** Definitions as plain locations, whether the provider answers with Location or LocationLink. */
async function definitions(uri: vscode.Uri, position: vscode.Position): Promise<vscode.Location[]> {
  const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>("vscode.executeDefinitionProvider", uri, position);
  return found.map((l) => ("targetUri" in l ? new vscode.Location(l.targetUri, l.targetSelectionRange ?? l.targetRange) : l));
}

function show(location: vscode.Location): string {
  return `${shortName(location.uri)}:${location.range.start.line + 1}:${location.range.start.character + 1}`;
}
