import { describe, expect, it } from "vitest";
import { ArticleStore } from "./articleStore";
import type { ArticleContent } from "./workspace";

const text = (t: string): ArticleContent => ({ kind: "text", text: t });

describe("ArticleStore", () => {
  it("holds the texts used last, reads a cold one again when asked, and tells a change from the same text", () => {
    const disk = new Map<string, string>([
      ["a", "first article"],
      ["b", "second article"],
      ["c", "third article"],
    ]);
    const reads: string[] = [];
    const store = new ArticleStore((uri) => (reads.push(uri), disk.has(uri) ? text(disk.get(uri) ?? "") : undefined), 2);
    for (const uri of ["a", "b", "c"]) expect(store.set(uri, text(disk.get(uri) ?? ""))).toBe(true);
    expect(reads).toEqual([]);

    // "a" went cold: it is read again, and held again.
    expect(store.get("a")?.content).toEqual(text("first article"));
    expect(reads).toEqual(["a"]);
    store.get("a");
    expect(reads).toEqual(["a"]);

    // Setting the text a cold article already had is no change; another text is one.
    expect(store.set("b", text("second article"))).toBe(false);
    disk.set("c", "third article, corrected");
    store.get("a");
    store.get("b");
    expect(store.set("c", text("third article"))).toBe(false);
    expect(store.set("c", text("third article, corrected"))).toBe(true);

    // Changed on disk while cold: the new text is answered, and the host's report still counts as a change.
    store.get("a");
    store.get("b");
    disk.set("c", "rewritten");
    expect(store.get("c")?.content).toEqual(text("rewritten"));
    expect(store.set("c", text("rewritten"))).toBe(true);

    expect(store.delete("c")).toBe(true);
    expect(store.get("c")).toBeUndefined();
  });

  it("keeps every text when the host cannot read again", () => {
    const store = new ArticleStore(undefined, 1);
    store.set("a", text("one"));
    store.set("b", text("two"));
    expect(store.readsOnDemand).toBe(false);
    expect(store.get("a")?.content).toEqual(text("one"));
  });
});
