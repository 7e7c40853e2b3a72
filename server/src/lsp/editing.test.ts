// Completion, rename and formatting over LSP, against the real server: the edits it answers are
// applied to the files as an editor would, and the resulting texts compared whole.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CompletionList, DocumentSymbol, TextEdit, WorkspaceEdit } from "vscode-languageserver-protocol";
import { URI } from "vscode-uri";
import { LspClient } from "./testing/lspClient";

const article = "أعلن المكتب المركزي للأبحاث القضائية تفكيك 13 خلية إرهابية خلال سنة 2017.\n\nوأوقفت المصالح الأمنية أربعة أشخاص.\n";

const statement = `source bcij-statement
  outlet: BCIJ
  published: 2024-06-06
claim arrested {operation: 2024-06-06-bcij} = 4
  id: arrested
`;

const waha = `source waha
  outlet: الواحة
  text: waha.txt
claim cells_dismantled {year: 2017} = 13
  via: @bcij-statement
claim arrested {operation: 2024-06-06-bcij} = 4
  via: @bcij-statement/arrested
`;

describe("editing over LSP", () => {
  let dir: string;
  let client: LspClient;
  const uri = (name: string) => URI.file(path.join(dir, name)).toString();

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "isnad-editing-"));
    writeFileSync(path.join(dir, "waha.txt"), article);
    writeFileSync(path.join(dir, "statement.claims"), statement);
    writeFileSync(path.join(dir, "waha.claims"), waha);
    client = new LspClient();
    await client.initialize(URI.file(dir).toString());
  });

  afterEach(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const open = (name: string, text: string) => client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri(name), languageId: "claims", version: 1, text } });
  const apply = (text: string, edits: readonly TextEdit[]) => TextDocument.applyEdits(TextDocument.create("file:///x", "claims", 1, text), [...edits]);

  it("completes source ids after `@` and quotes after `quote: `, with edits that make the expected text", async () => {
    const typed = `${waha}claim killed = 2\n  via: @bc\n`;
    await open("waha.claims", typed);
    const ids = (await client.connection.sendRequest("textDocument/completion", { textDocument: { uri: uri("waha.claims") }, position: { line: 8, character: 10 }, context: { triggerKind: 1 } })) as CompletionList;
    expect(ids.items.map((i) => [i.label, i.detail])).toEqual([["bcij-statement", "BCIJ · 2024-06-06"]]);
    expect(apply(typed, [ids.items[0]!.textEdit as TextEdit])).toBe(`${waha}claim killed = 2\n  via: @bcij-statement\n`);

    const quoting = waha.replace("  via: @bcij-statement\n", "  quote: \n");
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: uri("waha.claims"), version: 2 }, contentChanges: [{ text: quoting }] });
    const quotes = (await client.connection.sendRequest("textDocument/completion", { textDocument: { uri: uri("waha.claims") }, position: { line: 4, character: 9 }, context: { triggerKind: 2, triggerCharacter: " " } })) as CompletionList;
    expect(quotes.items[0]?.label).toContain("تفكيك 13 خلية إرهابية");
    expect(apply(quoting, [quotes.items[0]!.textEdit as TextEdit])).toBe(waha.replace("  via: @bcij-statement\n", `  quote: «${quotes.items[0]!.label}»\n`));
  });

  it("renames a source id across files in one edit, after preparing on the `@id`", async () => {
    await open("waha.claims", waha);
    const position = { line: 4, character: 10 };
    const prepared = await client.connection.sendRequest("textDocument/prepareRename", { textDocument: { uri: uri("waha.claims") }, position });
    expect(prepared).toEqual({ range: { start: { line: 4, character: 8 }, end: { line: 4, character: 22 } }, placeholder: "bcij-statement" });
    const edit = (await client.connection.sendRequest("textDocument/rename", { textDocument: { uri: uri("waha.claims") }, position, newName: "bcij-2024" })) as WorkspaceEdit;
    expect(Object.keys(edit.changes ?? {}).sort()).toEqual([uri("statement.claims"), uri("waha.claims")]);
    expect(apply(statement, edit.changes![uri("statement.claims")]!)).toBe(statement.replace("source bcij-statement", "source bcij-2024"));
    expect(apply(waha, edit.changes![uri("waha.claims")]!)).toBe(waha.replaceAll("@bcij-statement", "@bcij-2024"));
    await expect(client.connection.sendRequest("textDocument/prepareRename", { textDocument: { uri: uri("waha.claims") }, position: { line: 1, character: 12 } })).rejects.toThrow("only a source id or a metric name can be renamed");
  });

  it("formats a document and leaves a formatted one alone", async () => {
    const messy = "source  waha\noutlet:الواحة\nclaim cells_dismantled{year:2017}=13   \n     quote :  «تفكيك 13 خلية إرهابية»\n";
    await open("messy.claims", messy);
    const format = (name: string) => client.connection.sendRequest("textDocument/formatting", { textDocument: { uri: uri(name) }, options: { tabSize: 2, insertSpaces: true } }) as Promise<TextEdit[]>;
    const edits = await format("messy.claims");
    expect(apply(messy, edits)).toBe("source waha\n  outlet: الواحة\nclaim cells_dismantled {year: 2017} = 13\n  quote: «تفكيك 13 خلية إرهابية»\n");
    await open("waha.claims", waha);
    expect(await format("waha.claims")).toEqual([]);
  });

  it("answers the Outline with sources and their claims", async () => {
    await open("waha.claims", waha);
    const symbols = (await client.connection.sendRequest("textDocument/documentSymbol", { textDocument: { uri: uri("waha.claims") } })) as DocumentSymbol[];
    expect(symbols.map((s) => [s.name, s.children?.map((c) => c.name)])).toEqual([["waha", ["cells_dismantled {year: 2017} = 13", "arrested {operation: 2024-06-06-bcij} = 4"]]]);
  });
});
