// The inline features over LSP, against the real server: diagnostics published for the article
// text itself, code lenses, inlay hints, hover in the article, the contradiction count, settings
// laid over isnad.json, the re-check request and messages in Arabic.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { URI } from "vscode-uri";
import { contradictionsNotification, listContradictionsRequest, recheckRequest, SHOW_CLAIMS_COMMAND, type ContradictionCount, type ContradictionEntry } from "./protocol";
import { LspClient } from "./testing/lspClient";

const article = "أعلن المكتب المركزي للأبحاث القضائية تفكيك 13 خلية إرهابية خلال سنة 2017.\n\nوأوقفت المصالح الأمنية أربعة أشخاص.\n";

const waha = `source waha
  outlet: الواحة
  text: waha.txt
claim cells_dismantled {year: 2017} = 13
  quote: «تفكيك 13 خلية إرهابية»
`;

const sada = `source sada
  outlet: صدى الأطلس
claim cells_dismantled {year: 2017} = 9
`;

type Lens = { range: { start: { line: number } }; command: { title: string; command: string; arguments?: unknown[] } };
type Hint = { position: { line: number; character: number }; label: string };

describe("inline features over LSP", () => {
  let dir: string;
  let client: LspClient;
  /** Every contradiction count the server sent, in order. */
  let counts: ContradictionCount[];
  let countWaiters: { test: (c: ContradictionCount) => boolean; resolve: () => void }[];
  const uri = (name: string) => URI.file(path.join(dir, name)).toString();
  const figure13 = article.indexOf("13");

  /** Resolves once the server has sent a count for which `test` holds. */
  const countSent = (test: (c: ContradictionCount) => boolean) =>
    counts.some(test) ? Promise.resolve() : new Promise<void>((resolve) => countWaiters.push({ test, resolve }));

  async function start(extra: Record<string, unknown> = {}): Promise<void> {
    client = new LspClient();
    counts = [];
    countWaiters = [];
    client.connection.onNotification(contradictionsNotification.method, (count: ContradictionCount) => {
      counts.push(count);
      countWaiters = countWaiters.filter((w) => (w.test(count) ? (w.resolve(), false) : true));
    });
    await client.initialize(URI.file(dir).toString(), extra);
  }

  async function editSada(version: number, value: string): Promise<void> {
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: uri("sada.claims"), version },
      contentChanges: [{ text: sada.replace("= 9", `= ${value}`) }],
    });
  }

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "isnad-inline-"));
    writeFileSync(path.join(dir, "waha.txt"), article);
    writeFileSync(path.join(dir, "waha.claims"), waha);
    writeFileSync(path.join(dir, "sada.claims"), sada);
  });

  afterEach(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("publishes a warning on the figure in the article, clears it when the contradiction is fixed, and brings it back", async () => {
    await start();
    await client.until(() => client.codes(uri("waha.txt")).length > 0);
    const [d] = client.diagnostics.get(uri("waha.txt")) ?? [];
    expect(d).toMatchObject({
      source: "isnad",
      code: "contradiction",
      severity: 2,
      message: "13 (waha) contradicts 9 (sada), off by 4 (31%); origins: @waha against @sada",
      range: { start: { line: 0, character: figure13 }, end: { line: 0, character: figure13 + 2 } },
    });
    expect(d?.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message])).toEqual([
      [uri("waha.claims"), 3, "quoted by claim cells_dismantled {year: 2017} = 13 (waha)"],
      [uri("sada.claims"), 2, "conflicting claim: 9 (sada)"],
    ]);

    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri("sada.claims"), languageId: "claims", version: 1, text: sada } });
    await editSada(2, "13");
    await client.until(() => client.diagnostics.get(uri("waha.txt"))?.length === 0);
    expect(client.codes(uri("waha.claims"))).toEqual([]);
    await editSada(3, "9");
    await client.until(() => client.codes(uri("waha.txt")).length === 1);
    expect(client.codes(uri("waha.txt"))).toEqual(["1:contradiction"]);
  });

  it("clears the article when no claims file quotes it any more", async () => {
    await start();
    await client.until(() => client.codes(uri("waha.txt")).length > 0);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri("waha.claims"), languageId: "claims", version: 1, text: waha } });
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: uri("waha.claims"), version: 2 },
      contentChanges: [{ text: waha.replace("  text: waha.txt\n", "") }],
    });
    await client.until(() => client.diagnostics.get(uri("waha.txt"))?.length === 0);
    expect(client.codes(uri("waha.claims"))).toEqual(["3:contradiction"]);
  });

  it("sends the workspace's count of contradictions when it changes, and lists them on request", async () => {
    await start();
    await countSent((c) => c.claims === 2);
    expect(counts[counts.length - 1]).toEqual({ claims: 2, files: 2 });
    const list = await client.connection.sendRequest<ContradictionEntry[]>(listContradictionsRequest.method, null);
    expect(list.map((e) => [e.uri, e.range.start.line, e.message])).toEqual(
      [
        [uri("sada.claims"), 2, "9 (sada) contradicts 13 (waha), off by 4 (31%); origins: @sada against @waha"],
        [uri("waha.claims"), 3, "13 (waha) contradicts 9 (sada), off by 4 (31%); origins: @waha against @sada"],
      ].sort(),
    );
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri("sada.claims"), languageId: "claims", version: 1, text: sada } });
    await editSada(2, "13");
    await countSent((c) => c.claims === 0);
    expect(counts[counts.length - 1]).toEqual({ claims: 0, files: 0 });
  });

  it("answers code lens with the counts by source and the conflicting claims to show", async () => {
    await start();
    await client.until(() => client.codes(uri("waha.claims")).length > 0);
    const lenses = await client.connection.sendRequest<Lens[]>("textDocument/codeLens", { textDocument: { uri: uri("waha.claims") } });
    expect(lenses).toHaveLength(1);
    expect(lenses[0]?.range.start.line).toBe(3);
    expect(lenses[0]?.command.title).toBe("1 source contradicts");
    expect(lenses[0]?.command.command).toBe(SHOW_CLAIMS_COMMAND);
    expect(lenses[0]?.command.arguments).toEqual([
      uri("waha.claims"),
      { line: 3, character: 0 },
      [{ uri: uri("sada.claims"), range: { start: { line: 2, character: 0 }, end: { line: 2, character: 39 } } }],
    ]);
  });

  it("answers inlay hints with the conflicting value after the claim's own, within the range asked", async () => {
    await start();
    await client.until(() => client.codes(uri("waha.claims")).length > 0);
    const all = { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } };
    const hints = await client.connection.sendRequest<Hint[]>("textDocument/inlayHint", { textDocument: { uri: uri("waha.claims") }, range: all });
    expect(hints.map((h) => [h.position, h.label])).toEqual([[{ line: 3, character: 40 }, "≠ 9 (sada)"]]);
    const above = { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } };
    expect(await client.connection.sendRequest<Hint[]>("textDocument/inlayHint", { textDocument: { uri: uri("waha.claims") }, range: above })).toEqual([]);
  });

  it("answers hover on the quoted figure in the article with the claim's provenance", async () => {
    await start();
    await client.until(() => client.codes(uri("waha.txt")).length > 0);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri("waha.txt"), languageId: "plaintext", version: 1, text: article } });
    const hover = await client.connection.sendRequest<{ contents: { value: string }; range: unknown } | null>("textDocument/hover", {
      textDocument: { uri: uri("waha.txt") },
      position: { line: 0, character: figure13 + 1 },
    });
    expect(hover?.contents.value).toContain("**\u2068الواحة\u2069**");
    expect(hover?.contents.value).toMatch(/\| sada \| \u2068صدى الأطلس\u2069 \|.*\| 9 \| contradicts \|/);
    expect(hover?.range).toEqual({ start: { line: 0, character: figure13 }, end: { line: 0, character: figure13 + 2 } });
    const elsewhere = await client.connection.sendRequest("textDocument/hover", { textDocument: { uri: uri("waha.txt") }, position: { line: 0, character: 2 } });
    expect(elsewhere).toBeNull();
  });

  it("lays the editor's severities over isnad.json, in claims files and articles alike", async () => {
    writeFileSync(path.join(dir, "isnad.json"), JSON.stringify({ severity: { contradiction: "error" } }));
    let severity: Record<string, string> = {};
    await start();
    client.connection.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => ({ debounceMs: 0, severity })));
    await client.until(() => client.diagnostics.get(uri("waha.txt"))?.[0]?.severity === 1);
    expect(client.diagnostics.get(uri("waha.claims"))?.[0]?.severity).toBe(1);
    severity = { contradiction: "hint" };
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    await client.until(() => client.diagnostics.get(uri("waha.txt"))?.[0]?.severity === 4 && client.diagnostics.get(uri("waha.claims"))?.[0]?.severity === 4);
    severity = { contradiction: "off" };
    await client.connection.sendNotification("workspace/didChangeConfiguration", { settings: {} });
    await client.until(() => client.diagnostics.get(uri("waha.txt"))?.length === 0 && client.diagnostics.get(uri("waha.claims"))?.length === 0);
  });

  it("re-checks the whole workspace from disk on request", async () => {
    await start();
    await client.until(() => client.codes(uri("waha.claims")).length > 0);
    // Written behind the server's back: no watched-file notification tells it.
    writeFileSync(path.join(dir, "sada.claims"), sada.replace("= 9", "= 13"));
    writeFileSync(path.join(dir, "marsad.claims"), "source marsad\nclaim cells_dismantled {year: 2017} = 11\n");
    const result = await client.connection.sendRequest<{ claimsFiles: number }>(recheckRequest.method, null);
    expect(result).toEqual({ claimsFiles: 3 });
    await client.until(() => client.codes(uri("marsad.claims")).length === 1 && client.codes(uri("sada.claims")).length === 1);
    expect(client.diagnostics.get(uri("waha.txt"))?.[0]?.message).toBe("13 (waha) contradicts 11 (marsad), off by 2 (15%); origins: @waha against @marsad");
  });

  it("speaks Arabic to an editor whose locale is Arabic", async () => {
    await start({ locale: "ar" });
    await client.until(() => client.codes(uri("waha.claims")).length > 0 && client.codes(uri("waha.txt")).length > 0);
    expect(client.diagnostics.get(uri("waha.claims"))?.[0]?.message).toBe("13 (waha) يناقض 9 (sada)، الفارق: 4 (31%)؛ الأصول: @waha مقابل @sada");
    expect(client.diagnostics.get(uri("waha.txt"))?.[0]?.relatedInformation?.[1]?.message).toBe("ادعاء مناقض: 9 (sada)");
    const lenses = await client.connection.sendRequest<Lens[]>("textDocument/codeLens", { textDocument: { uri: uri("waha.claims") } });
    expect(lenses[0]?.command.title).toBe("مصادر مناقضة: 1");
  });
});
