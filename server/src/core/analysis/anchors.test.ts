import { describe, expect, it } from "vitest";
import { AnchorMemory } from "./anchors";

describe("AnchorMemory", () => {
  it("gives what stood around a quote where it was last found", () => {
    const anchors = new AnchorMemory();
    anchors.remember("file:///a.txt", "13 خلية", "قبل 13 خلية بعد", 4, 11);
    expect(anchors.context("file:///a.txt", "13 خلية")).toEqual({ prefix: "قبل ", suffix: " بعد", hint: 4 });
    expect(anchors.context("file:///b.txt", "13 خلية")).toBeUndefined();
  });

  it("forgets an article's quotes, and the oldest article once past its bound", () => {
    const anchors = new AnchorMemory();
    anchors.remember("file:///a.txt", "x", "x", 0, 1);
    anchors.remember("file:///b.txt", "y", "y", 0, 1);
    anchors.forget("file:///a.txt");
    expect(anchors.context("file:///a.txt", "x")).toBeUndefined();
    expect(anchors.context("file:///b.txt", "y")).toBeDefined();
    for (let i = 0; i < 2048; i++) anchors.remember(`file:///many-${i}.txt`, "q", "q", 0, 1);
    expect(anchors.context("file:///b.txt", "y")).toBeUndefined(); // the oldest went first
    expect(anchors.context("file:///many-2047.txt", "q")).toBeDefined();
    expect(anchors.context("file:///many-1.txt", "q")).toBeDefined();
  });
});
