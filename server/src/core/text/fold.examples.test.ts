import { describe, expect, it } from "vitest";
import { fold, foldKey, originalRange } from "./fold";
import { findQuote } from "./quoteMatch";

/** Folds and maps the whole folded text back, to show which original characters it covers. */
function roundTrip(text: string) {
  const f = fold(text);
  const { start, end } = originalRange(f, 0, f.folded.length);
  return { folded: f.folded, covered: text.slice(start, end) };
}

describe("fold", () => {
  it("drops harakat, shadda, tatweel, and unifies alef, ya and ta marbuta", () => {
    expect(foldKey("تَمَّ تفكيـــك إحدى عشرة خليّة")).toBe("تم تفكيك احدي عشره خليه");
    expect(foldKey("أإآٱا")).toBe("ااااا");
  });

  it("makes digits of every script Western, and the Arabic decimal separator a point", () => {
    expect(foldKey("١٣ و۴۵ و٢٫٥")).toBe("13 و45 و2.5");
  });

  it("decomposes presentation forms pasted from PDFs", () => {
    // ﻻ (lam-alef ligature) and ﺧﻠﻴﺔ (contextual forms of خلية)
    expect(foldKey("\ufefb \ufea7\ufee0\ufef4\ufe93")).toBe("لا خليه");
  });

  it("drops quotation marks, bidi and zero-width marks, and makes white space one space", () => {
    expect(foldKey("«قال»\u200f  “نعم”\u00a0\u202f\u200dهنا\r\nثم")).toBe("قال نعم هنا ثم");
    expect(fold("a\r\n\r\nb").folded).toBe("a\nb");
  });

  it("ignores Latin case and folds characters outside the BMP", () => {
    expect(foldKey("Le QUOTIDIEN")).toBe("le quotidien");
    expect(foldKey("𝟏𝟑 cells")).toBe("13 cells");
  });

  it("maps every folded character back to the original, in order", () => {
    const text = "\u200fتَمَّ\u0640 تفكيك  ١٣ \ufefb 𝟏 خلية\r\n";
    const f = fold(text);
    for (let i = 0; i < f.folded.length; i++) {
      expect(f.startOf(i)).toBeLessThan(f.endOf(i));
      if (i > 0) expect(f.startOf(i)).toBeGreaterThanOrEqual(f.startOf(i - 1));
    }
    expect(roundTrip(text).covered).toBe("تَمَّ\u0640 تفكيك  ١٣ \ufefb 𝟏 خلية");
  });
});

describe("findQuote", () => {
  const article = "قال المصدر إن «الديستي» فكّكت ١٣ خليّة إرهابية سنة 2017،\nوأوقفت أربعة أشخاص.\n\nوفي فقرة أخرى ذكر 13 خلية.";

  it("finds a quote typed with other marks, digits and spacing, as an exact range", () => {
    const [match, ...rest] = findQuote(fold(article), "«قال المصدر إن \"الديستي\" فككت 13 خلية»");
    expect(rest).toEqual([]);
    expect(article.slice(match!.start, match!.end)).toBe("قال المصدر إن «الديستي» فكّكت ١٣ خليّة");
  });

  it("matches across a line break inside a paragraph", () => {
    const [match] = findQuote(fold(article), "سنة 2017، وأوقفت أربعة");
    expect(article.slice(match!.start, match!.end)).toBe("سنة 2017،\nوأوقفت أربعة");
  });

  it("lets … stand for a stretch of the same paragraph only", () => {
    expect(findQuote(fold(article), "قال المصدر … أربعة أشخاص")).toHaveLength(1);
    expect(findQuote(fold(article), "قال المصدر ... ذكر 13 خلية")).toHaveLength(0);
  });
});
