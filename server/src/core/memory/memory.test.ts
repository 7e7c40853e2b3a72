import { describe, expect, it } from "vitest";
import { exact } from "./exact";
import { LruMap } from "./lru";
import { remembered } from "./remembered";

describe("exact", () => {
  it("copies a list with its elements in order, and shares one frozen empty list", () => {
    const built: number[] = [];
    built.push(3, 1, 2);
    const copy = exact(built);
    expect(copy).toEqual([3, 1, 2]);
    expect(copy).not.toBe(built);
    const none = exact<number>([]);
    expect(none).toEqual([]);
    expect(exact<string>([])).toBe(none);
    expect(Object.isFrozen(none)).toBe(true);
  });
});

describe("LruMap", () => {
  it("forgets the entry used longest ago once full", () => {
    const map = new LruMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("a")).toBe(1); // a is now the most recent
    map.set("c", 3);
    expect(map.get("b")).toBeUndefined();
    expect(map.get("a")).toBe(1);
    expect(map.get("c")).toBe(3);
    expect(map.size).toBe(2);
  });

  it("replacing a key keeps one entry for it", () => {
    const map = new LruMap<string, number>(2);
    map.set("a", 1);
    map.set("a", 2);
    map.set("b", 3);
    expect(map.get("a")).toBe(2);
    expect(map.size).toBe(2);
  });
});

describe("remembered", () => {
  it("computes a key once, and all again after the capacity was reached", () => {
    const calls: string[] = [];
    const length = remembered(2, (key) => (calls.push(key), key.length));
    expect([length("ab"), length("ab"), length("abc")]).toEqual([2, 2, 3]);
    expect(calls).toEqual(["ab", "abc"]);
    expect(length("d")).toBe(1); // full: everything is forgotten, then "d" remembered
    expect(length("ab")).toBe(2);
    expect(calls).toEqual(["ab", "abc", "d", "ab"]);
  });

  it("keeps, when asked to, only the results of keys that come again", () => {
    const calls: string[] = [];
    const length = remembered(2, (key) => (calls.push(key), key.length), { repeatedOnly: true });
    expect([length("ab"), length("ab"), length("ab"), length("abc")]).toEqual([2, 2, 2, 3]);
    expect(calls).toEqual(["ab", "ab", "abc"]); // computed on first and second sight, then remembered
    expect(length("abc")).toBe(3);
    expect(length("abc")).toBe(3);
    expect(calls).toEqual(["ab", "ab", "abc", "abc"]);
  });
});
