// Code actions and the server's commands over LSP, against the real server: the edits it answers
// are applied as an editor would, and the resulting texts compared whole.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { ApplyWorkspaceEditParams, CodeAction, Command, CreateFile, ShowDocumentParams, TextDocumentEdit, TextEdit, WorkspaceEdit } from "vscode-languageserver-protocol";
import { URI } from "vscode-uri";
import { LspClient } from "./testing/lspClient";

const article = "وقال محلل إن «الديستي» فككت 13 خلية إرهابية سنة 2017 وحدها، وإن الوتيرة تراجعت.\n";
const waha = "source waha\n  text: waha.txt\nclaim cells {year: 2017} = 13\n  qoute: «فككت 13 خلية»\n";
const sada = "source sada\nclaim cells {year: 2017} = 9\n";
const marsad = "المرصد المغاربي\n\nأكدت المصادر أن المصالح فككت 11 خلية سنة 2018.\n";

/** What VS Code advertises that these actions use: versioned changes, file creation, snippets, showDocument. */
const capabilities = {
  workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ["create"], snippetEditSupport: true } },
  window: { showDocument: { support: true } },
};

describe("code actions and commands over LSP", () => {
  let dir: string;
  let client: LspClient;
  const uri = (name: string) => URI.file(path.join(dir, name)).toString();
  const texts = new Map<string, string>();
  const applied: ApplyWorkspaceEditParams[] = [];
  const shown: ShowDocumentParams[] = [];

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "isnad-actions-"));
    texts.clear();
    for (const [name, text] of [["waha.txt", article], ["waha.claims", waha], ["sada.claims", sada], ["marsad-2024-06-09.txt", marsad]] as const) {
      writeFileSync(path.join(dir, name), text);
      texts.set(uri(name), text);
    }
    applied.length = 0;
    shown.length = 0;
    client = new LspClient();
    client.connection.onRequest("workspace/applyEdit", (params: ApplyWorkspaceEditParams) => {
      applied.push(params);
      return { applied: true };
    });
    client.connection.onRequest("window/showDocument", (params: ShowDocumentParams) => {
      shown.push(params);
      return { success: true };
    });
    await client.initialize(URI.file(dir).toString(), { capabilities });
    await client.until(() => client.codes(uri("waha.claims")).length > 0);
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri("waha.claims"), languageId: "claims", version: 1, text: waha } });
  });

  afterEach(async () => {
    await client.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const actionsAt = async (name: string, line: number, character: number, only?: string[]) =>
    (await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: uri(name) },
      range: { start: { line, character }, end: { line, character } },
      context: { diagnostics: (client.diagnostics.get(uri(name)) ?? []).filter((d) => d.range.start.line === line), ...(only ? { only } : {}) },
    })) as (CodeAction | Command)[];

  /** The texts after an LSP workspace edit, as VS Code applies it (a snippet's `$0` is where the cursor lands). */
  const apply = (edit: WorkspaceEdit): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const change of edit.documentChanges ?? []) {
      if ("kind" in change) {
        out[(change as CreateFile).uri] = texts.get((change as CreateFile).uri) ?? "";
        continue;
      }
      const { textDocument, edits } = change as TextDocumentEdit;
      const plain = edits.map((e) => ("snippet" in e ? { range: e.range, newText: (e.snippet as { value: string }).value.replace("$0", "").replace(/\\([\\$}])/g, "$1") } : (e as TextEdit)));
      out[textDocument.uri] = TextDocument.applyEdits(TextDocument.create(textDocument.uri, "claims", 1, out[textDocument.uri] ?? texts.get(textDocument.uri) ?? ""), plain);
    }
    return out;
  };

  it("answers the quick fixes of a claim, each naming its diagnostic, with edits that make the expected text", async () => {
    const actions = (await actionsAt("waha.claims", 2, 5)) as CodeAction[];
    const titles = actions.map((a) => a.title.replace(/[\u2068\u2069]/g, ""));
    expect(titles).toEqual([
      "Quote «13 خلية»: وقال محلل إن «الديستي» فككت 13 خلية إرهابية سنة 2017 وحدها",
      "Prefer 13 and deprecate 9",
      "Deprecate this claim (13)",
      "Open the conflicting claim: 9 (sada)",
    ]);
    expect(actions.map((a) => a.diagnostics?.map((d) => d.code))).toEqual([["unsourced-claim"], ["contradiction"], ["contradiction"], ["contradiction"]]);
    expect(apply(actions[0]!.edit!)).toEqual({ [uri("waha.claims")]: "source waha\n  text: waha.txt\nclaim cells {year: 2017} = 13\n  quote: «وقال محلل إن «الديستي» فككت 13 خلية إرهابية سنة 2017 وحدها»\n  qoute: «فككت 13 خلية»\n" });
    expect(apply(actions[1]!.edit!)).toEqual({
      [uri("waha.claims")]: "source waha\n  text: waha.txt\nclaim cells {year: 2017} = 13\n  qoute: «فككت 13 خلية»\n  rank: preferred\n  reason: \n",
      [uri("sada.claims")]: "source sada\nclaim cells {year: 2017} = 9\n  rank: deprecated\n",
    });
    // The cursor is left on the reason to fill in.
    const own = actions[1]!.edit!.documentChanges!.find((c) => "textDocument" in c && c.textDocument.uri === uri("waha.claims")) as TextDocumentEdit;
    expect(own.textDocument.version).toBe(1);
    expect(own.edits).toEqual([{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, snippet: { kind: "snippet", value: "  rank: preferred\n  reason: $0\n" } }]);

    const open = actions[3]!;
    expect(open.command).toMatchObject({ command: "isnad.openLocation", arguments: [uri("sada.claims"), { start: { line: 1, character: 27 }, end: { line: 1, character: 28 } }] });
    await client.connection.sendRequest("workspace/executeCommand", { command: open.command!.command, arguments: open.command!.arguments });
    expect(shown).toEqual([{ uri: uri("sada.claims"), selection: { start: { line: 1, character: 27 }, end: { line: 1, character: 28 } }, takeFocus: true }]);
  });

  it("fixes all that needs no choice as a source action", async () => {
    const actions = (await actionsAt("waha.claims", 0, 0, ["source.fixAll"])) as CodeAction[];
    expect(actions.map((a) => [a.title, a.kind])).toEqual([["Fix all that needs no choice (Isnad)", "source.fixAll.isnad"]]);
    expect(apply(actions[0]!.edit!)).toEqual({ [uri("waha.claims")]: "source waha\n  text: waha.txt\nclaim cells {year: 2017} = 13\n  quote: «فككت 13 خلية»\n" });
  });

  it("claims a figure of an article: a code action there, and a command that adds the claim and selects its metric", async () => {
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri("marsad-2024-06-09.txt"), languageId: "plaintext", version: 1, text: marsad } });
    const at = marsad.split("\n")[2]!.indexOf("11");
    const [action, drafting] = (await actionsAt("marsad-2024-06-09.txt", 2, at + 1)) as CodeAction[];
    expect(drafting?.command?.command).toBe("isnad.draftClaims");
    expect(action).toEqual({ title: "Claim this figure: «11»", kind: "refactor.extract", command: { title: "Claim this figure: «11»", command: "isnad.claimFigure", arguments: [uri("marsad-2024-06-09.txt"), { start: { line: 2, character: at + 1 }, end: { line: 2, character: at + 1 } }] } });
    const result = await client.connection.sendRequest("workspace/executeCommand", { command: action!.command!.command, arguments: action!.command!.arguments });
    const claims = uri("marsad-2024-06-09.claims");
    expect(result).toEqual({ applied: true, uri: claims });
    expect(applied.map((a) => a.edit.documentChanges?.[0])).toEqual([{ kind: "create", uri: claims, options: { ignoreIfExists: true } }]);
    expect(apply(applied[0]!.edit)).toEqual({
      [claims]: "source marsad-2024-06-09\n  title: المرصد المغاربي\n  published: 2024-06-09\n  text: marsad-2024-06-09.txt\n  language: ar\n\nclaim خلية = 11\n  quote: «أكدت المصادر أن المصالح فككت 11 خلية سنة 2018»\n",
    });
    expect(shown).toEqual([{ uri: claims, selection: { start: { line: 6, character: 6 }, end: { line: 6, character: 10 } }, takeFocus: true }]);
  });

  it("drafts the claims of an article: the command adds them in a new claims file and shows it", async () => {
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri: uri("marsad-2024-06-09.txt"), languageId: "plaintext", version: 1, text: marsad } });
    const actions = (await actionsAt("marsad-2024-06-09.txt", 0, 1)) as CodeAction[];
    const drafting = actions.find((a) => a.command?.command === "isnad.draftClaims");
    expect(drafting?.title).toBe("Draft claims for this article");
    const result = await client.connection.sendRequest("workspace/executeCommand", { command: drafting!.command!.command, arguments: drafting!.command!.arguments });
    const claims = uri("marsad-2024-06-09.claims");
    expect(result).toEqual({ applied: true, uri: claims, drafts: 2 });
    expect(apply(applied[0]!.edit)).toEqual({
      [claims]:
        "source marsad-2024-06-09\n  title: المرصد المغاربي\n  published: 2024-06-09\n  text: marsad-2024-06-09.txt\n  language: ar\n\nclaim خليه {year: 2018} = 11\n  status: draft\n  quote: «أكدت المصادر أن المصالح فككت 11 خلية سنة 2018»\n\nclaim year = 2018\n  status: draft\n  quote: «أكدت المصادر أن المصالح فككت 11 خلية سنة 2018»\n",
    });
    expect(shown).toEqual([{ uri: claims, takeFocus: true }]);
  });

  it("refuses a command with arguments it cannot read", async () => {
    const warned = new Promise<string>((resolve) =>
      client.connection.onRequest("window/showMessageRequest", (p: { message: string }) => {
        resolve(p.message);
        return null;
      }),
    );
    expect(await client.connection.sendRequest("workspace/executeCommand", { command: "isnad.claimFigure", arguments: [42] })).toBeNull();
    expect(await warned).toBe("Isnad: isnad.claimFigure takes a document URI and a range");
  });
});
