import { describe, expect, it } from "vitest";
import type { Diagnostic } from "../core/analysis/diagnostics";
import { MemoryFileSystem } from "../core/workspace/fileSystem";
import { ARTICLE_TEXTS_KEPT } from "../core/workspace/articleStore";
import { Session } from "./session";

const ROOT = "file:///archive";
const claims = (i: number) => `source s${i}\n  text: a${i}.txt\nclaim cells {operation: op-${i}} = 13\n  quote: «تفكيك 13 خلية»\n`;

describe("Session over an archive larger than the article texts it holds", () => {
  it("an article open in the editor is checked against its unsaved text even after it went cold", async () => {
    const files: Record<string, string> = {};
    const count = ARTICLE_TEXTS_KEPT + 40;
    for (let i = 0; i < count; i++) {
      files[`${ROOT}/c${i}.claims`] = claims(i);
      files[`${ROOT}/a${i}.txt`] = i === 0 ? "المقال كما حفظ على القرص، بلا الرقم." : "أعلنت السلطات تفكيك 13 خلية.";
    }
    const published = new Map<string, Diagnostic[]>();
    const session = new Session(new MemoryFileSystem(files), ROOT, { publish: (uri, d) => published.set(uri, d), log: () => undefined }, 0);
    // The editor has a0.txt open, edited but not saved: the quote stands in its text.
    session.didChange(`${ROOT}/a0.txt`, "أعلنت السلطات تفكيك 13 خلية، في نص لم يحفظ بعد.");
    await session.whenReady();
    await session.idle();
    const codes = (uri: string) => (published.get(uri) ?? []).map((d) => d.code);
    expect(codes(`${ROOT}/c0.claims`)).toEqual([]);

    // Every other article was read since, so a0.txt went cold; re-checking c0 reads it again.
    session.didChange(`${ROOT}/c0.claims`, `${claims(0)}# re-checked\n`);
    await session.idle();
    expect(codes(`${ROOT}/c0.claims`)).toEqual([]);

    // Closed without saving: the disk is the truth again, and the quote is not in it.
    await session.didClose(`${ROOT}/a0.txt`);
    await session.idle();
    expect(codes(`${ROOT}/c0.claims`)).toEqual(["quote-not-found"]);
  });
});

describe("Session's first index", () => {
  it("says the index is built once the open file is published, before the rest of the archive", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 20; i++) {
      files[`${ROOT}/c${i}.claims`] = claims(i);
      // Not the quoted text: every file has a diagnostic to publish.
      files[`${ROOT}/a${i}.txt`] = "نص آخر.";
    }
    const events: string[] = [];
    const publisher = { publish: (uri: string) => events.push(uri.slice(ROOT.length + 1)), log: () => undefined, indexed: () => events.push("indexed") };
    const session = new Session(new MemoryFileSystem(files), ROOT, publisher, 0);
    session.didChange(`${ROOT}/c7.claims`, claims(7));
    await session.whenReady();
    await session.idle();
    expect(events.filter((e) => e === "indexed")).toHaveLength(1);
    const at = events.indexOf("indexed");
    expect(events.slice(0, at)).toEqual(["c7.claims"]);
    expect(new Set(events.slice(at + 1).filter((e) => e.endsWith(".claims")))).toEqual(new Set(Object.keys(files).filter((u) => u.endsWith(".claims")).map((u) => u.slice(ROOT.length + 1))));
  });
});
