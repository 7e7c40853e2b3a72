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

describe("Session's first index, with a file open", () => {
  it("publishes the open file first, already with what other files say", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      files[`${ROOT}/c${i}.claims`] = claims(i);
      files[`${ROOT}/a${i}.txt`] = "أعلنت السلطات تفكيك 13 خلية.";
    }
    // c31 gives another figure for c7's quantity, and c20 defines c7's source id again.
    files[`${ROOT}/c31.claims`] = `source s31\nclaim cells {operation: op-7} = 9\n`;
    files[`${ROOT}/c20.claims`] = `source s7\n`;
    const published: { uri: string; codes: string[]; indexed: number }[] = [];
    let indexed = 0;
    const publisher = {
      publish: (uri: string, d: Diagnostic[]) => published.push({ uri, codes: d.map((x) => String(x.code)).sort(), indexed }),
      progress: (done: number) => (indexed = done),
      log: () => undefined,
    };
    const open = `${ROOT}/c7.claims`;
    const session = new Session(new MemoryFileSystem(files), ROOT, publisher, 0);
    session.didChange(open, claims(7));
    await session.whenReady();
    await session.idle();
    const ofOpen = published.filter((p) => p.uri === open);
    expect(published[0]?.uri).toBe(open);
    // Before the archive was indexed: c7, c31, c20 and the files naming c7's quantity or ids.
    expect(published[0]?.indexed).toBeLessThan(10);
    expect(ofOpen[0]?.codes).toEqual(["contradiction", "duplicate-id"]);
    expect(ofOpen.every((p) => JSON.stringify(p.codes) === JSON.stringify(ofOpen[0]?.codes))).toBe(true);
  });
});

describe("Session's fence", () => {
  it("takes a `file:` URI whose `..` leaves the root for outside: not indexed, not read, nothing published", async () => {
    const files = { [`${ROOT}/c.claims`]: claims(1), [`${ROOT}/a1.txt`]: "أعلنت السلطات تفكيك 13 خلية.", "file:///elsewhere/far.claims": "source far\nclaim cells {operation: op-1} = 9\n" };
    const memory = new MemoryFileSystem(files);
    const reads: string[] = [];
    const traced = { readFile: (uri: string) => (reads.push(uri), memory.readFile(uri)), findFiles: memory.findFiles.bind(memory) };
    const published = new Map<string, Diagnostic[]>();
    const session = new Session(traced, ROOT, { publish: (uri, d) => published.set(uri, d), log: () => undefined }, 0);
    await session.whenReady();
    const sneaking = [`${ROOT}/../elsewhere/far.claims`, `${ROOT}/%2E%2E/elsewhere/far.claims`, `${ROOT}/sub/../../elsewhere/far.claims`];
    for (const uri of sneaking) session.didChange(uri, "source far\nclaim cells {operation: op-1} = 9\n");
    await session.didChangeFiles(sneaking.map((uri) => ({ uri, kind: "changed" as const })));
    await session.idle();
    expect([...session.index.claimsFiles()]).toEqual([`${ROOT}/c.claims`]);
    expect(reads.filter((uri) => !uri.startsWith(`${ROOT}/`))).toEqual([]);
    expect((published.get(`${ROOT}/c.claims`) ?? []).map((d) => d.code)).toEqual([]);
    expect([...published.keys()].filter((uri) => uri.includes("far.claims"))).toEqual([]);
  });
});

describe("Session's size limit", () => {
  it("skips a file above `maxFileSizeMB` with one problem, and reads it once isnad.json raises the limit", async () => {
    const big = `${claims(1)}${"# a comment that makes the file long\n".repeat(40)}`;
    const memory = new MemoryFileSystem({ [`${ROOT}/isnad.json`]: JSON.stringify({ maxFileSizeMB: 0.001 }), [`${ROOT}/big.claims`]: big, [`${ROOT}/a1.txt`]: "أعلنت السلطات تفكيك 12 خلية." });
    const published = new Map<string, Diagnostic[]>();
    const session = new Session(memory, ROOT, { publish: (uri, d) => published.set(uri, d), log: () => undefined, showWarning: () => undefined }, 0);
    await session.idle();
    const shown = (uri: string) => (published.get(uri) ?? []).map((d) => `${d.range.start.line}:${d.range.start.character} ${d.code}`);
    expect(shown(`${ROOT}/big.claims`)).toEqual(["0:0 file-too-large"]);
    memory.write(`${ROOT}/isnad.json`, JSON.stringify({ maxFileSizeMB: 1 }));
    await session.didChangeFiles([{ uri: `${ROOT}/isnad.json`, kind: "changed" }]);
    await session.idle();
    expect(shown(`${ROOT}/big.claims`)).toEqual(["3:9 quote-not-found"]);
  });
});
