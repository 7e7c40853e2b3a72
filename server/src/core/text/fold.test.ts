import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, foldedStart, foldKey, originalRange, PARAGRAPH_BREAK } from "./fold";

// Characters that folding treats specially, mixed with ordinary letters and astral characters.
const pieces = [
  "ا", "أ", "إ", "آ", "ى", "ة", "ؤ", "ئ", "ـ", "\u064e", "\u0651", "\u0670", "٣", "۴", "٫", "٬", "،", "٪",
  "1", "2", ".", ",", "A", "É", "İ", "ß", "x", " ", "\u00a0", "\u202f", "\n", "\n\n", "\t", "«", "»", "“", "'",
  "\u200f", "\u200e", "\u2066", "\ufeff", "–", "—", "⸺", "؍", "ﻷ", "ﷺ", "½", "𝟙", "😀", "\ud800", "\udc00",
];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 }), fc.string({ unit: "binary", maxLength: 2 })), { maxLength: 40 }).map((a) => a.join(""));

describe("fold", () => {
  it("maps every folded code unit back into the original, in order", () => {
    fc.assert(
      fc.property(text, (t) => {
        const f = fold(t);
        expect(f.startOf(f.folded.length)).toBe(t.length);
        for (let i = 0; i < f.folded.length; i++) {
          const s = f.startOf(i);
          const e = f.endOf(i);
          expect(s).toBeLessThan(e);
          expect(e).toBeLessThanOrEqual(t.length);
          if (i > 0) {
            expect(s).toBeGreaterThanOrEqual(f.startOf(i - 1));
            expect(e).toBeGreaterThanOrEqual(f.endOf(i - 1));
          }
          const ch = f.folded[i]!;
          const source = t.slice(s, e);
          // A folded space stands for a white-space run (with any marks dropped inside it, such as
          // a bidi mark between two line breaks); any other unit comes from its source.
          if (ch === " " || ch === PARAGRAPH_BREAK) expect(fold(source).folded).toBe("");
          else expect(fold(source).folded).toContain(ch);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("maps ranges of a sub-range fold into that sub-range", () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const from = Math.min(a, b) % (t.length + 1);
        const to = Math.max(from, Math.max(a, b) % (t.length + 1));
        const f = fold(t, from, to);
        for (let i = 0; i < f.folded.length; i++) {
          expect(f.startOf(i)).toBeGreaterThanOrEqual(from);
          expect(f.endOf(i)).toBeLessThanOrEqual(to);
        }
      }),
    );
  });

  it("folds keys as it folds texts, paragraph breaks as spaces", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(foldKey(t)).toBe(fold(t).folded.replace(/\n/g, " "));
      }),
      { numRuns: 1000 },
    );
  });

  it("gives an original offset without the maps as with them", () => {
    fc.assert(
      fc.property(text, fc.nat(50), (t, index) => {
        expect(foldedStart(t, index)).toBe(fold(t).startOf(index));
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps its behaviour for matching", () => {
    expect(foldKey("«أُعلِنَ»  عن  ٣٫٥ مليون")).toBe("اعلن عن 3.5 مليون");
    expect(foldKey("مدرسةٌ   إلى")).toBe("مدرسه الي");
    expect(fold("a\n\n\nb").folded).toBe(`a${PARAGRAPH_BREAK}b`);
    expect(foldKey("Le 1\u202f250 ÉTÉ")).toBe("le 1 250 été");
    expect(foldKey("۱۲ – ۴۵")).toBe("12 - 45");
    expect(foldKey("2020؍11؍17 ⸺ x")).toBe("2020/11/17 - x");
    // A lone surrogate reads as U+FFFD, in the folded text as in keys; pairs stay one character.
    expect(fold("a\ud800b\udc00 😀").folded).toBe("a\ufffdb\ufffd 😀");
    expect(foldKey("a\ud800b\udc00 😀")).toBe("a\ufffdb\ufffd 😀");
    expect(fold("\ufeffx\ud83d").folded).toBe("x\ufffd");
  });

  it("maps a paragraph break with a bidi mark inside to the whole white-space run", () => {
    const f = fold("ا\n\n\u200f \u0000");
    expect(f.folded).toBe("ا\n\u0000");
    expect([f.startOf(1), f.endOf(1)]).toEqual([1, 5]);
  });

  it("gives the original range of a folded match", () => {
    const t = "قال: «ثلاثةُ أشخاص»";
    const f = fold(t);
    const at = f.folded.indexOf("ثلاثه");
    const r = originalRange(f, at, at + "ثلاثه".length);
    // The range ends at the last kept character: a trailing diacritic is not part of it.
    expect(t.slice(r.start, r.end)).toBe("ثلاثة");
  });
});
