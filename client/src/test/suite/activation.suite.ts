// The extension activates on a claims file and starts its language server.
import * as assert from "node:assert";
import { suite, test } from "mocha";
import * as vscode from "vscode";
import { EXTENSION_ID, openEditor, waitForDiagnostics } from "./helpers";

suite("activation", () => {
  test("the extension declares the claims language and activates on it", () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    const manifest = extension.packageJSON as { activationEvents?: string[]; contributes?: { languages?: { id: string; extensions?: string[] }[] } };
    const language = manifest.contributes?.languages?.find((l) => l.id === "claims");
    assert.ok(language, "package.json contributes the claims language");
    assert.ok(language.extensions?.includes(".claims"), "for files ending in .claims");
    const events = manifest.activationEvents ?? [];
    assert.ok(events.includes("onLanguage:claims"), `activates on the claims language: ${events.join(", ")}`);
    assert.ok(events.includes("workspaceContains:**/*.claims"), `and on a workspace holding claims files: ${events.join(", ")}`);
  });

  test("opening a .claims file gives it the claims language and activates the extension", async () => {
    const editor = await openEditor("al-waha-2024-06-08.claims");
    assert.strictEqual(editor.document.languageId, "claims");
    // The first diagnostics prove that the client started the server and the server checked the
    // file; the extension is active by then without the test calling activate() itself.
    await waitForDiagnostics(editor.document.uri, (d) => d.length > 0, "the first diagnostics of the language server", 60_000);
    console.log(`isnad-e2e first-diagnostic-at ${Date.now()}`);
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, "the extension is active");
    for (const d of vscode.languages.getDiagnostics(editor.document.uri)) assert.strictEqual(d.source, "isnad", d.message);
  });
});
