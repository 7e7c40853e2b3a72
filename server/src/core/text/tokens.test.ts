import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens";

// The expression the scanner stands for: it splits text as this does, token for token.
const TOKEN = /([0-9\u0660-\u0669\u06f0-\u06f9]+(?:[.,\u066b\u066c][0-9\u0660-\u0669\u06f0-\u06f9]+)*)|([\p{L}\p{M}\u0640\u200c\u200d]+)|(\s+)|([^\s])/gu;

function byExpression(text: string): { kind: string; start: number; end: number; gap: string }[] {
  const out: { kind: string; start: number; end: number; gap: string }[] = [];
  let gap = "";
  for (const m of text.matchAll(TOKEN)) {
    if (m[3] !== undefined) {
      gap += m[0];
      continue;
    }
    out.push({ kind: m[1] !== undefined ? "num" : m[2] !== undefined ? "word" : "punct", start: m.index, end: m.index + m[0].length, gap });
    gap = "";
  }
  return out;
}

const split = (text: string) => tokenize(text).map((t) => ({ kind: t.kind, start: t.start, end: t.end, gap: t.gap }));

describe("tokenize", () => {
  it("splits digits with their inner separators, words with their marks, and punctuation", () => {
    const tokens = tokenize("قُتل ١٢٫٥ ألفاً، و1.200\u00a0(2,5%) l'an 𝐀b 🙂.");
    expect(tokens.map((t) => [t.kind, t.text, t.key, t.gap])).toEqual([
      ["word", "قُتل", "قتل", ""],
      ["num", "١٢٫٥", "12٫5", " "],
      ["word", "ألفاً", "الفا", " "],
      ["punct", "،", ",", ""],
      ["word", "و", "و", " "],
      ["num", "1.200", "1.200", ""],
      ["punct", "(", "(", "\u00a0"],
      ["num", "2,5", "2,5", ""],
      ["punct", "%", "%", ""],
      ["punct", ")", ")", ""],
      ["word", "l", "l", " "],
      ["punct", "'", "", ""],
      ["word", "an", "an", ""],
      ["word", "𝐀b", "ab", " "],
      ["punct", "🙂", "🙂", " "],
      ["punct", ".", ".", ""],
    ]);
  });

  it("splits any text as the token expression does", () => {
    const pieces = ["12", "١٢", "۴", ".", ",", "٫", "٬", "ـ", "\u200c", "\u200d", "\u064b", "ال", "é", "e\u0301", " ", "\n", "\u00a0", "\u202f", "\u3000", "-", "'", "𝐀", "🙂", "\ud800", "\udc00", "%"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4, unit: "binary" })), { maxLength: 20 }), (parts) => {
        const text = parts.join("");
        expect(split(text)).toEqual(byExpression(text));
      }),
      { numRuns: 500 },
    );
  });
});
