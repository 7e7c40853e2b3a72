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
