import { describe, expect, it } from "vitest";
import { LineIndex } from "./lineIndex";
import { breakLength, lineEnd, lineStart, lineStarts, splitLines } from "./lineEnds";

describe("line ends as LSP counts them", () => {
  const mixed = "a\nb\r\nc\rd";

  it("ends a line at LF, CRLF and a lone CR", () => {
    expect(lineStarts(mixed)).toEqual([0, 2, 5, 7]);
    expect(splitLines(mixed)).toEqual(["a", "b", "c", "d"]);
    expect(new LineIndex(mixed).position(7)).toEqual({ line: 3, character: 0 });
    expect(new LineIndex("x\ry\rz").lineCount).toBe(3);
  });

  it("does not end a line at U+2028, U+2029 or U+0085", () => {
    const text = "a\u2028b\u2029c\u0085d\ne";
    expect(lineStarts(text)).toEqual([0, 8]);
    expect(new LineIndex(text).position(6)).toEqual({ line: 0, character: 6 });
  });

  it("finds a line's start and end from any offset, the CR of a CRLF included", () => {
    expect(lineStart(mixed, 3)).toBe(2);
    expect(lineEnd(mixed, 2)).toBe(3);
    expect(lineEnd(mixed, 4)).toBe(3);
    expect(lineStart(mixed, 7)).toBe(7);
    expect(lineEnd(mixed, 5)).toBe(6);
    expect(breakLength(mixed, 3)).toBe(2);
    expect(breakLength(mixed, 6)).toBe(1);
    expect(breakLength(mixed, 0)).toBe(0);
  });

  it("maps offsets and positions both ways on a CR-only text", () => {
    const text = "source a\r  outlet: x\rclaim m = 1";
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) expect(index.offset(index.position(offset))).toBe(offset);
  });
});

describe("lone CR in articles", () => {
  it("folds two lone CRs into a paragraph break, as two LFs", async () => {
    const { fold, PARAGRAPH_BREAK } = await import("./fold");
    const lf = fold("a\n\nb").folded;
    expect(lf).toContain(PARAGRAPH_BREAK);
    expect(fold("a\r\rb").folded).toBe(lf);
    expect(fold("a\r\n\r\nb").folded).toBe(lf);
    expect(fold("a\r\nb").folded).toBe(fold("a\nb").folded);
  });
});
