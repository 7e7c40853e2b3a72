import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureNumbers, spotFigures } from "./figures";

describe("spotFigures", () => {
  it("gives exact spans, readings, units and the sentence around each figure", () => {
    const text = "قال المصدر إن الشرطة اعتقلت ثلاثة أشخاص. وحجزت 2,5 مليار درهم بين 21 و41 سنة.";
    const figures = spotFigures(text);
    expect(figures.map((f) => [f.text, f.kind, f.value ?? [f.min, f.max], f.unit])).toEqual([
      ["ثلاثة", "number", 3, "أشخاص"],
      ["2,5 مليار", "number", 2.5e9, "درهم"],
      ["بين 21 و41", "range", [21, 41], "سنة"],
    ]);
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(text.slice(figures[0]!.sentence.start, figures[0]!.sentence.end)).toBe("قال المصدر إن الشرطة اعتقلت ثلاثة أشخاص.");
    expect(figures[1]!.sentence.start).toBeGreaterThan(figures[0]!.sentence.end);
  });

  it("reads separators by the language of each sentence when none is given", () => {
    const [ar, fr, en] = [spotFigures("سجلت 1.200 حالة"), spotFigures("On compte 1,5 million de visiteurs et 1.200 policiers."), spotFigures("The company sold 1.5 million units and 1,200 cars this year.")];
    expect(ar.map((f) => f.value)).toEqual([1200]);
    expect(fr.map((f) => f.value)).toEqual([1.5e6, 1200]);
    expect(en[0]?.value).toBe(1.5e6);
    expect(en[1]?.value).toBe(1200);
    expect(fr[0]?.lang).toBe("fr");
    expect(en[0]?.lang).toBe("en");
  });

  it("resolves relative dates only when a publication date anchors them", () => {
    const [unresolved] = spotFigures("أعلنت الوزارة أمس");
    expect(unresolved).toMatchObject({ kind: "date", relative: "yesterday", resolved: false });
    expect(unresolved?.date).toBeUndefined();
    const [resolved] = spotFigures("أعلنت الوزارة أمس", { published: "2024-06-08" });
    expect(resolved).toMatchObject({ relative: "yesterday", resolved: true, date: "2024-06-07" });
    const [lastNov] = spotFigures("في 24 نونبر الماضي", { published: "2019-03-11" });
    expect(lastNov).toMatchObject({ relative: "last:--11-24", date: "2018-11-24" });
  });

  it("never reads a Hijri year as a Gregorian one", () => {
    const [h] = spotFigures("توفي سنة 1440 هـ");
    expect(h).toMatchObject({ kind: "date", hijri: "1440" });
    expect(h?.date).toBeUndefined();
    expect(figureNumbers(h!)).toEqual([]);
  });

  it("gives the numbers a figure can stand for", () => {
    const [year, range, bound] = spotFigures("في عام 2017 تراوحت بين 21 و41 وأكثر من 100 جريح");
    expect(figureNumbers(year!)).toEqual([2017]);
    expect(figureNumbers(range!)).toEqual([21, 41]);
    expect(figureNumbers(bound!)).toEqual([100]);
  });

  it("reads each day of a list that shares one month", () => {
    const figures = spotFigures("تم اللقاء يومي 11 و12 يونيو 2019");
    expect(figures.map((f) => f.date)).toEqual(["2019-06-11", "2019-06-12"]);
  });

  it("sums no units said in a row: each is a number of its own", () => {
    expect(spotFigures("trois quatre", { lang: "fr" }).map((f) => f.value)).toEqual([3, 4]);
    expect(spotFigures("one two three", { lang: "en" }).map((f) => f.value)).toEqual([2, 3]);
    expect(spotFigures("un un un", { lang: "fr" })).toEqual([]);
  });

  it("never throws, and returns ordered, disjoint spans that slice the text", () => {
    const pieces = ["ثلاث", " ", "عشرة", "و", "41", "1.200", "2,5", "مليار", "أكثر من", "بين", "من", "إلى", "أو", "-", "ـ", "ال", "خليتين", "يونيو", "2019", "هـ", "أمس", "الماضي", "%", "\n", ".", "plus de", "1 250", "vingt", "et", "un", "last", "year", "«", "»", "\u00a0", "١٢", "۴",
      // The readings of issue 19.
      "\u2212", "\u2013", "≥", "<", "~", "سالب", "moins", "ثلث", "نصف", "ونصف", "مدة", "سنة", "أو أكثر", "un an", "mort", "1/3", ",08", "،", "M", "Md", "et demi", "تحت الصفر", "septante", "a year", "half"];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 30 }), fc.constantFrom(undefined, "ar", "fr", "en"), (parts, lang) => {
        const text = parts.join("");
        const figures = spotFigures(text, lang ? { lang: lang as "ar" | "fr" | "en" } : {});
        let last = 0;
        for (const f of figures) {
          expect(f.start).toBeGreaterThanOrEqual(last);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.text).toBe(text.slice(f.start, f.end));
          expect(f.sentence.start).toBeLessThanOrEqual(f.start);
          last = f.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the core free of Node APIs and editor imports", () => {
    const dir = __dirname;
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
      const source = readFileSync(join(dir, name), "utf8");
      expect(source, name).not.toMatch(/from\s+"(node:|fs|path|vscode)/);
    }
  });
});
