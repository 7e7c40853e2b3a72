import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { URI } from "vscode-uri";
import { LspClient } from "./testing/lspClient";

const article = "أعلن المكتب المركزي للأبحاث القضائية تفكيك 13 خلية إرهابية خلال سنة 2017.\n\nوأوقفت المصالح الأمنية أربعة أشخاص.\n";

const waha = `source waha
  outlet: الواحة
  title: الخلايا في أرقام
  published: 2024-06-08
  text: waha.txt
claim cells_dismantled {year: 2017} = 13
  quote: «تفكيك 13 خلية إرهابية»
  via: expert "security analyst"
`;

const sada = `source sada
  outlet: صدى الأطلس
  published: 2024-06-07
claim cells_dismantled {year: 2017} = 9
`;

describe("the language server over stdio", () => {
  let dir: string;
  let client: LspClient;
  const uri = (name: string) => URI.file(path.join(dir, name)).toString();

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "isnad-lsp-"));
    writeFileSync(path.join(dir, "waha.txt"), article);
    writeFileSync(path.join(dir, "waha.claims"), waha);
    writeFileSync(path.join(dir, "sada.claims"), sada);
    client = new LspClient();
    await client.initialize(URI.file(dir).toString());
  });

  afterEach(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("publishes the contradiction on both files, with the other claim as related information", async () => {
    await client.until(() => client.codes(uri("waha.claims")).length > 0 && client.codes(uri("sada.claims")).length > 0);
    expect(client.codes(uri("waha.claims"))).toEqual(["6:contradiction"]);
    const [d] = client.diagnostics.get(uri("sada.claims")) ?? [];
    expect(d).toMatchObject({ source: "isnad", code: "contradiction", severity: 2, message: '9 (sada) contradicts 13 (waha), off by 4 (31%); origins: @sada against @waha ← expert "security analyst"' });
    expect(d?.relatedInformation?.[0]).toMatchObject({ location: { uri: uri("waha.claims"), range: { start: { line: 5, character: 38 } } } });
  });

  it("answers hover with provenance and definition with the quote in the article", async () => {
    await client.until(() => client.codes(uri("waha.claims")).length > 0);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri("waha.claims"), languageId: "claims", version: 1, text: waha } });
    const hover = (await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: uri("waha.claims") }, position: { line: 5, character: 10 } })) as { contents: { value: string } };
    const text = hover.contents.value;
    expect(text).toContain("الواحة");
    expect(text).toContain("2024\\-06\\-08");
    expect(text).toContain("expert \"security analyst\"");
    expect(text).toContain("**13**");
    expect(text).toMatch(/\| sada \| \u2068صدى الأطلس\u2069 \| 2024\\-06\\-07 \| 9 \| contradicts \|/);
    const definition = (await client.connection.sendRequest("textDocument/definition", { textDocument: { uri: uri("waha.claims") }, position: { line: 6, character: 12 } })) as { uri: string; range: { start: { line: number; character: number } } }[];
    const quoted = "تفكيك 13 خلية إرهابية";
    const at = article.indexOf(quoted);
    expect(definition).toEqual([{ uri: uri("waha.txt"), range: { start: { line: 0, character: at }, end: { line: 0, character: at + quoted.length } } }]);
  });

  it("re-checks while typing: an edit that removes the contradiction clears both files", async () => {
    await client.until(() => client.codes(uri("sada.claims")).length > 0);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri("sada.claims"), languageId: "claims", version: 1, text: sada } });
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: uri("sada.claims"), version: 2 },
      contentChanges: [{ range: { start: { line: 3, character: 38 }, end: { line: 3, character: 39 } }, text: "13" }],
    });
    await client.until(() => client.codes(uri("sada.claims")).length === 0 && client.codes(uri("waha.claims")).length === 0);
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: uri("sada.claims"), version: 3 },
      contentChanges: [{ range: { start: { line: 3, character: 38 }, end: { line: 3, character: 40 } }, text: "٧" }],
    });
    await client.until(() => client.codes(uri("waha.claims")).length === 1);
    // Arabic pieces of a message are wrapped in bidi isolates so that they keep their place.
    expect(client.diagnostics.get(uri("waha.claims"))?.[0]?.message).toBe('13 (waha) contradicts \u2068٧\u2069 (sada), off by 6 (46%); origins: @waha ← expert "security analyst" against @sada');
  });

  it("re-checks what depends on a file changed on disk", async () => {
    await client.until(() => client.codes(uri("waha.claims")).length > 0);
    writeFileSync(path.join(dir, "waha.txt"), article.replace("13 خلية", "12 خلية"));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uri("waha.txt"), type: 2 }] });
    await client.until(() => client.codes(uri("waha.claims")).includes("7:quote-not-found"));
    mkdirSync(path.join(dir, "more"));
    writeFileSync(path.join(dir, "more", "marsad.claims"), "source marsad\nclaim cells_dismantled {year: 2017} = 11\n");
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uri("more/marsad.claims"), type: 1 }] });
    await client.until(() => client.codes(uri("more/marsad.claims")).length > 0);
    await client.until(() => client.diagnostics.get(uri("sada.claims"))?.[0]?.message === '9 (sada) contradicts 11 (marsad), off by 2 (18%); 13 (waha), off by 4 (31%); origins: @sada against @marsad, @waha ← expert "security analyst"');
    expect(client.codes(uri("more/marsad.claims"))).toEqual(["2:contradiction"]);
  });

  it("survives garbage: a claims file of random bytes and a non-UTF-8 article", async () => {
    await client.until(() => client.codes(uri("waha.claims")).length > 0);
    writeFileSync(path.join(dir, "waha.txt"), Buffer.from([0xe3, 0xd5, 0xcf, 0xd1, 0x20, 0x31, 0x33]));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uri("waha.txt"), type: 2 }] });
    await client.until(() => client.codes(uri("waha.claims")).includes("5:encoding"));
    const junk = "claim {{{ = = «««\u0000\uffff\ud800 source\n\tquote: »»»\n".repeat(50);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri("junk.claims"), languageId: "claims", version: 1, text: junk } });
    await client.until(() => (client.diagnostics.get(uri("junk.claims"))?.length ?? 0) > 0);
    expect(client.stderr).toBe("");
  });
});
